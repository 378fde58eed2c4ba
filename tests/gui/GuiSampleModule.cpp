#include "GuiSampleModule.h"

#include "Icons.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace motcua;
using namespace motcua::shell;

namespace {
class SampleSettingsPage : public ISettingsPage
{
public:
    QString name() const override { return QStringLiteral("Sample"); }
    QIcon icon() const override { return shippedIcon(QLatin1String("secure-card")); }
    QWidget* createWidget(QWidget* parent) override
    {
        auto* page = new QLineEdit(parent);
        page->setObjectName(QStringLiteral("sampleSettingEdit"));
        return page;
    }
    void load(QWidget* widget) override { static_cast<QLineEdit*>(widget)->setText(QStringLiteral("loaded")); }
    void save(QWidget*) override {}
};
} // namespace

Status GuiSampleModule::initialize(const ModuleContext&)
{
    return Status::ok();
}

QList<PageSpec> GuiSampleModule::pages() const
{
    PageSpec desk;
    desk.id = QStringLiteral("guisample.desk");
    desk.title = QStringLiteral("Sample desk");
    desk.icon = shippedIcon(QLatin1String("secure-card"));
    desk.order = 10;
    desk.factory = [](QWidget* parent) -> QWidget* {
        auto* page = new QWidget(parent);
        auto* draft = new QLineEdit(page);
        draft->setObjectName(QStringLiteral("draftEdit"));
        auto* form = new QFormLayout(page);
        form->addRow(QStringLiteral("Draft:"), draft);
        return page;
    };
    PageSpec records;
    records.id = QStringLiteral("guisample.records");
    records.title = QStringLiteral("Sample records");
    records.icon = shippedIcon(QLatin1String("server-database"));
    records.order = 20;
    records.requiredPermission = QStringLiteral("guisample.records");
    records.factory = [](QWidget* parent) -> QWidget* { return new QLabel(QStringLiteral("Records"), parent); };
    return {records, desk}; // out of order on purpose: the shell sorts
}

QList<ISettingsPage*> GuiSampleModule::settingsPages() const
{
    return {new SampleSettingsPage};
}
