#pragma once

#include "Session.h"
#include "Workstation.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace motcua {
class Settings;
namespace card {
class ReaderMonitor;
}
} // namespace motcua

namespace motcua::shell {

class CurrentOperator;
class LoginDialog;
class MainWindow;
class SetupWizard;

/// Drives the workstation from start to quit: setup wizard on first start, sign-in, the main window,
/// switching user. Owns the open Workstation and the card-reader monitor.
class ShellController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;   // empty: the path in Settings
        QStringList pluginDirs; // empty: the default plugin folders
        bool loadModules = true;
        bool monitorCards = true;
    };

    ShellController(Settings& settings, Options options, QObject* parent = nullptr);
    ~ShellController() override;

    /// Shows the setup wizard or the sign-in dialog. False when the database cannot be opened
    /// (the reason was shown to the user).
    bool start();

    Workstation* workstation() const { return m_workstation.get(); }
    SetupWizard* setupWizard() const;
    LoginDialog* loginDialog() const;
    MainWindow* mainWindow() const;
    QString databasePath() const;
    CurrentOperator* currentOperator() const { return m_operator; }

signals:
    /// The user quit (or cancelled setup or sign-in); the application should exit with `exitCode`.
    void finished(int exitCode);

private:
    WorkstationOptions workstationOptions(bool create) const;
    void showWizard(std::unique_ptr<Workstation> existing);
    void showLogin(const QString& username);
    void showMainWindow(const Session& session);
    void signOut();
    void quit();
    void adoptWorkstation(std::unique_ptr<Workstation> workstation);
    QString placeName() const;

    Settings& m_settings;
    Options m_options;
    std::unique_ptr<Workstation> m_workstation;
    card::ReaderMonitor* m_monitor = nullptr;
    CurrentOperator* m_operator = nullptr;
    QPointer<SetupWizard> m_wizard;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
};

} // namespace motcua::shell
