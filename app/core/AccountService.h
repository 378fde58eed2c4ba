#pragma once

#include "Session.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace motcua {

class AuditLog;
class Clock;
class Database;

struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role;
    bool disabled = false;
    QDateTime lockedUntil; // null when not locked
};

/// Operator accounts: sign-in with lockout, and account administration guarded by permissions.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(motcua::AccountService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockoutMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    AccountService(Database& db, AuditLog& audit, const Clock& clock) : m_db(db), m_audit(audit), m_clock(clock) {}

    bool hasAnyUser() const;
    Result<Session> authenticate(const QString& username, const QString& password);
    /// Creates the first administrator of an empty database (setup wizard, `db init`).
    Status createFirstAdmin(const QString& username, const QString& displayName, const QString& password);

    Status addUser(const Session& actor, const QString& username, const QString& displayName, const QString& role,
                   const QString& password);
    /// Anyone may change their own password; changing another's needs accounts.manage.
    Status setPassword(const Session& actor, const QString& username, const QString& newPassword);
    Status setDisabled(const Session& actor, const QString& username, bool disabled);
    Result<QList<UserInfo>> listUsers(const Session& actor) const;

    static Status validateUsername(const QString& username);
    static Status validatePassword(const QString& password);

private:
    Status insertUser(const QString& actorName, const QString& username, const QString& displayName,
                      const QString& role, const QString& password);

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace motcua
