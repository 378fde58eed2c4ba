#pragma once

#include "Permissions.h"
#include "Status.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace motcua {

/// The signed-in operator: who they are and what they may do. Library calls take one and check it.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(motcua::Session)

public:
    Session() = default;
    Session(qint64 userId, QString username, QString displayName, QString role)
        : m_userId(userId), m_username(std::move(username)), m_displayName(std::move(displayName)),
          m_role(std::move(role)), m_permissions(Roles::permissionsOf(m_role))
    {}
    /// The operator of maintenance work with no person behind it (migrations, nightly purges).
    static Session system()
    {
        Session s(0, QStringLiteral("system"), QStringLiteral("system"), QStringLiteral("admin"));
        return s;
    }

    bool isValid() const { return !m_username.isEmpty(); }
    qint64 userId() const { return m_userId; }
    const QString& username() const { return m_username; }
    const QString& displayName() const { return m_displayName; }
    const QString& role() const { return m_role; }
    bool has(const QString& permission) const { return m_permissions.contains(permission); }
    /// PermissionDenied with a translated message when the operator lacks `permission`.
    Status require(const QString& permission) const
    {
        if (has(permission))
            return Status::ok();
        return {Status::Code::PermissionDenied,
                tr("You do not have the permission \"%1\". Ask an administrator.").arg(permission)};
    }

private:
    qint64 m_userId = 0;
    QString m_username;
    QString m_displayName;
    QString m_role;
    QSet<QString> m_permissions;
};

} // namespace motcua
