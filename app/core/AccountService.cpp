#include "AccountService.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "PasswordHasher.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace motcua {

namespace {
const QString kInvalidCredentials = QStringLiteral("invalid");

QJsonObject reasonOf(const QString& reason)
{
    return QJsonObject{{QStringLiteral("reason"), reason}};
}
} // namespace

Status AccountService::validateUsername(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return {Status::Code::InputRejected,
                tr("A user name has 2 to 32 characters: lower-case letters without accents, digits, dot, dash or "
                   "underscore.")};
    return Status::ok();
}

Status AccountService::validatePassword(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return {Status::Code::InputRejected,
                tr("The password must have at least %1 characters.").arg(kMinPasswordLength)};
    if (password.size() > 256)
        return {Status::Code::InputRejected, tr("The password is too long (at most 256 characters).")};
    return Status::ok();
}

bool AccountService::hasAnyUser() const
{
    QSqlQuery q = m_db.query();
    return q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && q.next();
}

Result<Session> AccountService::authenticate(const QString& username, const QString& password)
{
    const QString name = username.trimmed().toLower();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, display_name, role, password_hash, disabled, failed_count, locked_until "
                             "FROM users WHERE username = ?"));
    q.addBindValue(name);
    const Status wrong{Status::Code::PermissionDenied,
                       tr("The user name or password is wrong. Check them and try again.")};
    if (!q.exec())
        return Status::failed(tr("The account database cannot be read."));
    if (!q.next()) {
        // Hash anyway so an unknown name takes as long as a known one.
        (void)PasswordHasher::verify(password, PasswordHasher::hash(QStringLiteral("timing-equaliser")));
        (void)m_audit.append(
            QStringLiteral("-"),
            {QStringLiteral("login.failed"), QStringLiteral("user"), {}, reasonOf(QStringLiteral("unknown-user"))});
        return wrong;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString displayName = q.value(1).toString();
    const QString role = q.value(2).toString();
    const QString hash = q.value(3).toString();
    const bool disabled = q.value(4).toBool();
    int failed = q.value(5).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    const QString subject = QString::number(id);
    const QDateTime now = m_clock.now();

    if (disabled) {
        (void)m_audit.append(name, {QStringLiteral("login.failed"), QStringLiteral("user"), subject,
                                    reasonOf(QStringLiteral("disabled"))});
        return Status{Status::Code::PermissionDenied,
                      tr("This account is disabled. Ask an administrator to enable it.")};
    }
    if (lockedUntil.isValid() && now < lockedUntil) {
        const qint64 minutes = qMax<qint64>(1, (now.secsTo(lockedUntil) + 59) / 60);
        (void)m_audit.append(name, {QStringLiteral("login.failed"), QStringLiteral("user"), subject,
                                    reasonOf(QStringLiteral("locked"))});
        return Status{Status::Code::PermissionDenied,
                      tr("This account is locked after too many wrong passwords. Try again in %n minute(s) or ask "
                         "an administrator.",
                         nullptr, int(minutes))};
    }
    if (!PasswordHasher::verify(password, hash)) {
        failed = (lockedUntil.isValid() && now >= lockedUntil) ? 1 : failed + 1;
        QString lockText;
        if (failed >= kMaxFailedAttempts)
            lockText = now.addSecs(kLockoutMinutes * 60).toString(Qt::ISODate);
        QSqlQuery u = m_db.query();
        u.prepare(QStringLiteral("UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?"));
        u.addBindValue(failed >= kMaxFailedAttempts ? 0 : failed);
        u.addBindValue(lockText.isEmpty() ? QVariant(QString()) : QVariant(lockText));
        u.addBindValue(id);
        (void)m_db.exec(u, "count failed login");
        (void)m_audit.append(name, {QStringLiteral("login.failed"), QStringLiteral("user"), subject,
                                    reasonOf(QStringLiteral("wrong-password"))});
        if (failed >= kMaxFailedAttempts) {
            qCInfo(lcAccounts) << "account locked after failed attempts, user id" << id;
            (void)m_audit.append(QStringLiteral("system"),
                                 {QStringLiteral("account.locked"), QStringLiteral("user"), subject,
                                  QJsonObject{{QStringLiteral("minutes"), kLockoutMinutes}}});
            return Status{
                Status::Code::PermissionDenied,
                tr("Too many wrong passwords: this account is locked for %n minute(s).", nullptr, kLockoutMinutes)};
        }
        return wrong;
    }
    QSqlQuery u = m_db.query();
    u.prepare(QStringLiteral("UPDATE users SET failed_count = 0, locked_until = NULL, last_login = ? WHERE id = ?"));
    u.addBindValue(now.toString(Qt::ISODate));
    u.addBindValue(id);
    (void)m_db.exec(u, "record login");
    (void)m_audit.append(name, {QStringLiteral("login"), QStringLiteral("user"), subject, {}});
    return Session(id, name, displayName, role);
}

Status AccountService::insertUser(const QString& actorName, const QString& username, const QString& displayName,
                                  const QString& role, const QString& password)
{
    if (Status s = validateUsername(username); !s)
        return s;
    if (!Roles::isValid(role))
        return {Status::Code::InputRejected,
                tr("Unknown role \"%1\". Roles: %2.").arg(role, Roles::all().join(QStringLiteral(", ")))};
    if (Status s = validatePassword(password); !s)
        return s;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Status::failed(tr("The password could not be protected. Try again."));

    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (q.exec() && q.next())
        return {Status::Code::InputRejected, tr("The user name \"%1\" is already taken.").arg(username)};
    q.prepare(QStringLiteral("INSERT INTO users(username, display_name, role, password_hash, created_at) "
                             "VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(username);
    q.addBindValue(displayName.trimmed().isEmpty() ? username : displayName.trimmed());
    q.addBindValue(role);
    q.addBindValue(hash);
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    if (Status s = m_db.exec(q, "insert user"); !s)
        return s;
    const QString id = q.lastInsertId().toString();
    if (Status s = m_audit.append(actorName, {QStringLiteral("account.create"), QStringLiteral("user"), id,
                                              QJsonObject{{QStringLiteral("role"), role}}});
        !s)
        return s;
    return tx.commit();
}

Status AccountService::createFirstAdmin(const QString& username, const QString& displayName, const QString& password)
{
    if (hasAnyUser())
        return {Status::Code::PermissionDenied, tr("This database already has an administrator.")};
    return insertUser(QStringLiteral("setup"), username.trimmed().toLower(), displayName, QStringLiteral("admin"),
                      password);
}

Status AccountService::addUser(const Session& actor, const QString& username, const QString& displayName,
                               const QString& role, const QString& password)
{
    if (Status s = actor.require(perm::AccountsManage); !s)
        return s;
    return insertUser(actor.username(), username.trimmed().toLower(), displayName, role, password);
}

Status AccountService::setPassword(const Session& actor, const QString& username, const QString& newPassword)
{
    const QString name = username.trimmed().toLower();
    if (name != actor.username())
        if (Status s = actor.require(perm::AccountsManage); !s)
            return s;
    if (Status s = validatePassword(newPassword); !s)
        return s;
    const QString hash = PasswordHasher::hash(newPassword);
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_count = 0, locked_until = NULL "
                             "WHERE username = ?"));
    q.addBindValue(hash);
    q.addBindValue(name);
    if (Status s = m_db.exec(q, "set password"); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return {Status::Code::InputRejected, tr("There is no user \"%1\".").arg(name)};
    if (Status s =
            m_audit.append(actor.username(), {QStringLiteral("account.password"), QStringLiteral("user"), name, {}});
        !s)
        return s;
    return tx.commit();
}

Status AccountService::setDisabled(const Session& actor, const QString& username, bool disabled)
{
    if (Status s = actor.require(perm::AccountsManage); !s)
        return s;
    const QString name = username.trimmed().toLower();
    if (name == actor.username() && disabled)
        return {Status::Code::InputRejected, tr("You cannot disable your own account.")};
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE username = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(name);
    if (Status s = m_db.exec(q, "disable user"); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return {Status::Code::InputRejected, tr("There is no user \"%1\".").arg(name)};
    if (Status s = m_audit.append(actor.username(),
                                  {disabled ? QStringLiteral("account.disable") : QStringLiteral("account.enable"),
                                   QStringLiteral("user"),
                                   name,
                                   {}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<UserInfo>> AccountService::listUsers(const Session& actor) const
{
    if (Status s = actor.require(perm::AccountsManage); !s)
        return s;
    QList<UserInfo> out;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role, disabled, locked_until FROM users "
                               "ORDER BY username")))
        return Status::failed(tr("The account database cannot be read."));
    const QDateTime now = m_clock.now();
    while (q.next()) {
        UserInfo u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.role = q.value(3).toString();
        u.disabled = q.value(4).toBool();
        const QDateTime locked = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        if (locked.isValid() && locked > now)
            u.lockedUntil = locked;
        out.append(u);
    }
    return out;
}

} // namespace motcua
