#pragma once

#include "Session.h"

#include <QObject>

#include <optional>

namespace motcua::shell {

/// Who is signed in at this workstation right now, for module pages: they look it up in the
/// ServiceRegistry under kServiceName and pass session() to the library calls that check permissions.
class CurrentOperator : public QObject
{
    Q_OBJECT
public:
    static inline const QString kServiceName = QStringLiteral("shell.operator");

    using QObject::QObject;

    bool isSignedIn() const { return m_session.has_value(); }
    /// The signed-in operator; an invalid Session when nobody is.
    Session session() const { return m_session.value_or(Session()); }
    bool isLocked() const { return m_locked; }

    void signIn(const Session& session);
    void signOut();
    void setLocked(bool locked);

signals:
    void signedIn(const motcua::Session& session);
    void signedOut();
    /// The screen was locked (true) or unlocked (false); pages may pause work that shows personal data.
    void lockChanged(bool locked);

private:
    std::optional<Session> m_session;
    bool m_locked = false;
};

} // namespace motcua::shell
