#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace motcua {

/// Named permissions of the foundation; modules add their own through their metadata.
namespace perm {
inline const QString AccountsManage = QStringLiteral("accounts.manage");
inline const QString AuditRead = QStringLiteral("audit.read");
inline const QString SettingsManage = QStringLiteral("settings.manage");
inline const QString CalendarManage = QStringLiteral("calendar.manage");
inline const QString CardRead = QStringLiteral("card.read");
inline const QString CitizenRead = QStringLiteral("citizen.read");
inline const QString CitizenWrite = QStringLiteral("citizen.write");
inline const QString CitizenFullId = QStringLiteral("citizen.fullid"); // see ID numbers unmasked
} // namespace perm

/// The six roles and the permissions each holds.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(motcua::Roles)

public:
    static const QStringList& all(); // admin, certifier, police, frontdesk, analyst, auditor
    static bool isValid(const QString& role) { return all().contains(role); }
    static QString displayName(const QString& role);
    /// Permissions of a role: the foundation's plus those modules granted to it.
    static QSet<QString> permissionsOf(const QString& role);
    /// A module's metadata grants `permission` to `roles` (admin always has every permission).
    static void grant(const QString& permission, const QStringList& roles);
};

} // namespace motcua
