#include "SetupWizard.h"

#include "AccountService.h"
#include "Icons.h"
#include "SetupAdminPage.h"
#include "SetupPlacePage.h"
#include "SetupSummaryPage.h"

#include <QApplication>
#include <QVariant>

namespace motcua::shell {

SetupWizard::SetupWizard(const WorkstationOptions& options, std::unique_ptr<Workstation> existing, QWidget* parent)
    : QWizard(parent), m_options(options), m_workstation(std::move(existing))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Một Cửa Workstation"));
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, applicationIcon().pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    // Qt ships no Vietnamese catalogue for its own widgets: name every button here.
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setMinimumSize(620, 480);
    addPage(new SetupPlacePage(this));
    addPage(new SetupAdminPage(this));
    m_summary = new SetupSummaryPage(m_options.databasePath, this);
    addPage(m_summary);
}

SetupWizard::~SetupWizard() = default;

QString SetupWizard::adminUsername() const
{
    return field(QStringLiteral("adminUsername")).toString().trimmed().toLower();
}

bool SetupWizard::validateCurrentPage()
{
    if (currentPage() != m_summary)
        return QWizard::validateCurrentPage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = createWorkstation();
    QApplication::restoreOverrideCursor();
    if (!status) {
        m_summary->showError(status.details().isEmpty() ? status.message()
                                                        : status.message() + QLatin1Char('\n') + status.details());
        return false;
    }
    return true;
}

Status SetupWizard::createWorkstation()
{
    if (!m_workstation) {
        WorkstationOptions options = m_options;
        options.create = true;
        auto opened = Workstation::open(options);
        if (!opened)
            return opened.status();
        m_workstation = std::move(opened.value());
    }
    if (!m_workstation->isSetUp()) {
        if (Status s = m_workstation->accounts().createFirstAdmin(adminUsername(),
                                                                  field(QStringLiteral("adminDisplayName")).toString(),
                                                                  field(QStringLiteral("adminPassword")).toString());
            !s)
            return s;
    }
    WorkstationInfo info;
    info.workstationName = field(QStringLiteral("workstationName")).toString().trimmed();
    info.agencyName = field(QStringLiteral("agencyName")).toString().trimmed();
    info.provinceCode = field(QStringLiteral("provinceCode")).toString();
    info.communeCode = field(QStringLiteral("communeCode")).toString();
    return m_workstation->setInfo(info);
}

} // namespace motcua::shell
