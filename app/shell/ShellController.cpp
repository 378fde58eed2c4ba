#include "ShellController.h"

#include "AdminUnits.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ModuleManager.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "SetupWizard.h"
#include "pcsc/ReaderMonitor.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>

namespace motcua::shell {

ShellController::ShellController(Settings& settings, Options options, QObject* parent)
    : QObject(parent), m_settings(settings), m_options(std::move(options))
{
    // Windows come and go (wizard → sign-in → main window → sign-in); quitting is decided here.
    QApplication::setQuitOnLastWindowClosed(false);
    m_operator = new CurrentOperator(this);
}

ShellController::~ShellController()
{
    delete m_window;
    delete m_login;
    delete m_wizard; // windows first: they use the workstation, which shuts its modules down itself
    if (m_workstation) {
        m_workstation->services().remove(CurrentOperator::kServiceName);
        m_workstation->services().remove(card::kReaderMonitorService);
    }
}

void ShellController::adoptWorkstation(std::unique_ptr<Workstation> workstation)
{
    m_workstation = std::move(workstation);
    if (!m_workstation)
        return;
    m_workstation->services().add(CurrentOperator::kServiceName, m_operator);
    if (m_monitor)
        m_workstation->services().add(card::kReaderMonitorService, m_monitor);
}

SetupWizard* ShellController::setupWizard() const
{
    return m_wizard;
}

LoginDialog* ShellController::loginDialog() const
{
    return m_login;
}

MainWindow* ShellController::mainWindow() const
{
    return m_window;
}

QString ShellController::databasePath() const
{
    return m_options.databasePath.isEmpty() ? m_settings.databasePath() : m_options.databasePath;
}

WorkstationOptions ShellController::workstationOptions(bool create) const
{
    WorkstationOptions options;
    options.databasePath = databasePath();
    options.create = create;
    options.loadModules = m_options.loadModules;
    options.pluginDirs = m_options.pluginDirs;
    options.settings = &m_settings;
    options.backgroundCheckpoints = true; // the GUI's commits never run a WAL checkpoint (the CLI keeps SQLite's)
    return options;
}

bool ShellController::start()
{
    if (m_options.monitorCards && !m_monitor) {
        m_monitor = new card::ReaderMonitor(this);
        m_monitor->start();
        if (m_workstation)
            m_workstation->services().add(card::kReaderMonitorService, m_monitor);
    }
    if (!QFileInfo::exists(databasePath())) {
        showWizard(nullptr);
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Workstation::open(workstationOptions(false));
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, tr("Một Cửa Workstation"), opened.status().message(),
                        QMessageBox::NoButton);
        box.addButton(tr("&Close"), QMessageBox::RejectRole);
        box.setObjectName(QStringLiteral("openErrorBox"));
        box.setInformativeText(tr("Database: %1").arg(databasePath()));
        if (!opened.status().details().isEmpty())
            box.setDetailedText(opened.status().details());
        box.exec();
        return false;
    }
    if (!opened.value()->isSetUp()) {
        showWizard(std::move(opened.value()));
        return true;
    }
    adoptWorkstation(std::move(opened.value()));
    showLogin(QString());
    return true;
}

void ShellController::showWizard(std::unique_ptr<Workstation> existing)
{
    m_wizard = new SetupWizard(workstationOptions(true), std::move(existing));
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            emit finished(0);
            return;
        }
        adoptWorkstation(m_wizard->takeWorkstation());
        const QString username = m_wizard->adminUsername();
        showLogin(username);
    });
    m_wizard->show();
}

void ShellController::showLogin(const QString& username)
{
    m_login = new LoginDialog(m_workstation->database().path(), m_workstation->clock(), placeName());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setUsername(username);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted || !m_login->session()) {
            emit finished(0);
            return;
        }
        showMainWindow(*m_login->session());
    });
    m_login->show();
}

void ShellController::showMainWindow(const Session& session)
{
    m_operator->signIn(session);
    m_window = new MainWindow(*m_workstation, m_settings, session, m_monitor);
    connect(m_window, &MainWindow::lockChanged, m_operator, &CurrentOperator::setLocked);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &ShellController::signOut);
    connect(m_window, &MainWindow::quitRequested, this, &ShellController::quit);
    // Desk screens are often 1366×768: there the window takes the whole screen instead of leaving a frame.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize();
    if (available.isValid() && (available.width() < 1600 || available.height() < 900)) {
        m_window->resize(available); // also without a window manager (kiosk sessions)
        m_window->showMaximized();
    } else
        m_window->show();
}

void ShellController::signOut()
{
    if (m_window) {
        disconnect(m_window, nullptr, this, nullptr);
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    m_operator->signOut();
    showLogin(QString());
}

void ShellController::quit()
{
    emit finished(0);
}

QString ShellController::placeName() const
{
    const WorkstationInfo info = m_workstation->info();
    QStringList parts;
    if (!info.agencyName.isEmpty())
        parts << info.agencyName;
    if (!info.workstationName.isEmpty())
        parts << info.workstationName;
    return parts.join(QStringLiteral(" – "));
}

} // namespace motcua::shell
