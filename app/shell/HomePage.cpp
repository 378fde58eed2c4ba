#include "HomePage.h"

#include "AdminUnits.h"
#include "Database.h"
#include "Icons.h"
#include "ModuleManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Workstation.h"

#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::shell {

namespace {
QLabel* valueLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString weekdayDate(const QDate& date)
{
    static const char* const days[] = {QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Monday"),
                                       QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Tuesday"),
                                       QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Wednesday"),
                                       QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Thursday"),
                                       QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Friday"),
                                       QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Saturday"),
                                       QT_TRANSLATE_NOOP("motcua::shell::HomePage", "Sunday")};
    return QCoreApplication::translate("motcua::shell::HomePage", days[date.dayOfWeek() - 1]) + QStringLiteral(", ") +
           date.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

HomePage::HomePage(Workstation& workstation, const Session& session, const QList<PageSpec>& pages, QWidget* parent)
    : QWidget(parent)
{
    const int pageCount = int(pages.size());
    setObjectName(QStringLiteral("homePage"));
    const WorkstationInfo info = workstation.info();
    const AdminUnits& units = AdminUnits::instance();
    const Commune* commune = units.commune(info.communeCode);
    const Province* province = units.province(info.provinceCode);
    QString place = commune ? commune->fullName : info.communeCode;
    if (province)
        place += (place.isEmpty() ? QString() : QStringLiteral(", ")) + province->fullName;

    auto* greeting = new QLabel(tr("Hello, %1").arg(session.displayName()), this);
    greeting->setObjectName(QStringLiteral("homeGreeting"));
    QFont big = greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    greeting->setFont(big);
    auto* agency = new QLabel(info.agencyName, this);
    QFont medium = agency->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.2);
    agency->setFont(medium);
    agency->setWordWrap(true);

    auto* placeBox = new QGroupBox(tr("This workstation"), this);
    auto* placeForm = new QFormLayout(placeBox);
    placeForm->addRow(tr("Workstation:"),
                      valueLabel(QStringLiteral("homeWorkstationLabel"), info.workstationName, this));
    placeForm->addRow(tr("Agency:"), valueLabel(QStringLiteral("homeAgencyLabel"), info.agencyName, this));
    placeForm->addRow(tr("Commune:"), valueLabel(QStringLiteral("homeCommuneLabel"), place, this));

    auto* factsBox = new QGroupBox(tr("Today"), this);
    auto* factsForm = new QFormLayout(factsBox);
    factsForm->addRow(tr("Date:"),
                      valueLabel(QStringLiteral("homeDateLabel"), weekdayDate(QDate::currentDate()), this));
    factsForm->addRow(
        tr("Operator:"),
        valueLabel(QStringLiteral("homeOperatorLabel"),
                   QStringLiteral("%1 (%2)").arg(session.displayName(), Roles::displayName(session.role())), this));
    factsForm->addRow(
        tr("Modules running:"),
        valueLabel(QStringLiteral("homeModulesLabel"), QString::number(workstation.modules().modules().size()), this));
    factsForm->addRow(tr("Pages for you:"),
                      valueLabel(QStringLiteral("homePagesLabel"), QString::number(pageCount), this));
    if (pageCount == 0) {
        auto* hint = new QLabel(tr("No module pages are available to you. Help → Diagnostics shows which modules "
                                   "are installed."),
                                this);
        hint->setWordWrap(true);
        factsForm->addRow(hint);
    }

    auto* boxes = new QHBoxLayout;
    boxes->addWidget(placeBox, 1);
    boxes->addWidget(factsBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(greeting);
    layout->addWidget(agency);
    layout->addSpacing(12);
    layout->addLayout(boxes);
    if (!pages.isEmpty()) {
        // One large button per page the operator may open: the usual start of a task.
        auto* startBox = new QGroupBox(tr("Start work"), this);
        auto* grid = new QGridLayout(startBox);
        const int columns = 4;
        for (int i = 0; i < pages.size(); ++i) {
            const PageSpec& page = pages.at(i);
            auto* button = new QToolButton(startBox);
            button->setObjectName(QStringLiteral("homeShortcut_") + page.id);
            button->setText(page.title);
            button->setIcon(page.icon);
            button->setIconSize(QSize(32, 32));
            button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->setMinimumHeight(72);
            connect(button, &QToolButton::clicked, this, [this, id = page.id] { emit pageRequested(id); });
            grid->addWidget(button, i / columns, i % columns);
        }
        layout->addWidget(startBox);
    }
    layout->addStretch(1);
}

} // namespace motcua::shell
