#pragma once

#include "PasswordCheck.h"
#include "Session.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace motcua {
class Clock;
}

namespace motcua::shell {

class InlineMessage;

/// Sign-in: user name and password checked off the GUI thread; on failure the core's message is shown
/// and the user name stays.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString& databasePath, const Clock& clock, const QString& placeName, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    const std::optional<Session>& session() const { return m_session; }
    bool isBusy() const;

private:
    void attempt();
    void onChecked();
    void setBusy(bool busy);

    QString m_databasePath;
    const Clock& m_clock;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_quit = nullptr;
    QProgressBar* m_busy = nullptr;
    InlineMessage* m_message = nullptr;
    QFutureWatcher<SignInOutcome> m_watcher;
    std::optional<Session> m_session;
};

} // namespace motcua::shell
