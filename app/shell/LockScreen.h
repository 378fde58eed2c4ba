#pragma once

#include "PasswordCheck.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace motcua {
class Clock;
}

namespace motcua::shell {

class InlineMessage;

/// Covers the window after idle time: only the same operator's password (or switching user) gets past it.
/// Wrong passwords count toward the account lockout like any sign-in.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(const QString& databasePath, const Clock& clock, QWidget* parent = nullptr);

    void setOperator(const QString& username, const QString& displayName);
    /// Called when the lock appears: clears the old password and message, focuses the field.
    void prepare();

signals:
    void unlocked(const motcua::Session& session);
    void switchUserRequested();

private:
    void attempt();
    void onChecked();
    void setBusy(bool busy);

    QString m_databasePath;
    const Clock& m_clock;
    QString m_username;
    QLabel* m_who = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switchUser = nullptr;
    QProgressBar* m_busy = nullptr;
    InlineMessage* m_message = nullptr;
    QFutureWatcher<SignInOutcome> m_watcher;
};

} // namespace motcua::shell
