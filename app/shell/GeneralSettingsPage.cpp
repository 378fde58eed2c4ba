#include "GeneralSettingsPage.h"

#include "Icons.h"
#include "Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QWidget>

namespace motcua::shell {

GeneralSettingsPage::GeneralSettingsPage(Settings& settings, const QString& databasePath, bool mayChangeLock)
    : m_settings(settings), m_databasePath(databasePath), m_mayChangeLock(mayChangeLock)
{}

QString GeneralSettingsPage::name() const
{
    return tr("General");
}

QIcon GeneralSettingsPage::icon() const
{
    return shippedIcon(QLatin1String("configure"));
}

QWidget* GeneralSettingsPage::createWidget(QWidget* parent)
{
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("generalSettingsPage"));
    auto* language = new QComboBox(page);
    language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so it can be found whatever language is showing.
    language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* languageNote = new QLabel(tr("A new language applies when the application starts again."), page);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    auto* idle = new QSpinBox(page);
    idle->setObjectName(QStringLiteral("idleLockSpin"));
    idle->setRange(1, 240);
    idle->setSuffix(tr(" min"));
    idle->setEnabled(m_mayChangeLock);
    if (!m_mayChangeLock)
        idle->setToolTip(tr("Only an administrator can change this."));

    auto* database = new QLineEdit(m_databasePath, page);
    database->setObjectName(QStringLiteral("databasePathEdit"));
    database->setReadOnly(true);
    database->setCursorPosition(0);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Lock after idle:"), idle);
    form->addRow(tr("&Database:"), database);
    return page;
}

void GeneralSettingsPage::load(QWidget* widget)
{
    auto* language = widget->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(qMax(0, language->findData(m_settings.language())));
    widget->findChild<QSpinBox*>(QStringLiteral("idleLockSpin"))->setValue(m_settings.idleLockMinutes());
}

void GeneralSettingsPage::save(QWidget* widget)
{
    m_settings.setLanguage(widget->findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString());
    if (m_mayChangeLock)
        m_settings.setIdleLockMinutes(widget->findChild<QSpinBox*>(QStringLiteral("idleLockSpin"))->value());
    m_settings.sync();
}

} // namespace motcua::shell
