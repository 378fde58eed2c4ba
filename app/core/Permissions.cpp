#include "Permissions.h"

#include <QHash>
#include <QMutex>

namespace motcua {

namespace {
QMutex g_mutex;

QHash<QString, QSet<QString>>& grants()
{
    static QHash<QString, QSet<QString>> table = {
        {QStringLiteral("certifier"), {perm::CardRead, perm::CitizenRead, perm::CitizenWrite, perm::CitizenFullId}},
        {QStringLiteral("police"), {perm::CardRead, perm::CitizenRead, perm::CitizenWrite, perm::CitizenFullId}},
        {QStringLiteral("frontdesk"), {perm::CardRead, perm::CitizenRead, perm::CitizenWrite}},
        {QStringLiteral("analyst"), {}},
        {QStringLiteral("auditor"), {perm::AuditRead}},
    };
    return table;
}

QSet<QString>& allPermissions()
{
    static QSet<QString> all = {perm::AccountsManage, perm::AuditRead,   perm::SettingsManage, perm::CalendarManage,
                                perm::CardRead,       perm::CitizenRead, perm::CitizenWrite,   perm::CitizenFullId};
    return all;
}
} // namespace

const QStringList& Roles::all()
{
    static const QStringList roles = {QStringLiteral("admin"),   QStringLiteral("certifier"),
                                      QStringLiteral("police"),  QStringLiteral("frontdesk"),
                                      QStringLiteral("analyst"), QStringLiteral("auditor")};
    return roles;
}

QString Roles::displayName(const QString& role)
{
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("certifier"))
        return tr("Certification officer");
    if (role == QLatin1String("police"))
        return tr("Police officer");
    if (role == QLatin1String("frontdesk"))
        return tr("Front desk");
    if (role == QLatin1String("analyst"))
        return tr("Analyst");
    if (role == QLatin1String("auditor"))
        return tr("Auditor");
    return role;
}

QSet<QString> Roles::permissionsOf(const QString& role)
{
    QMutexLocker lock(&g_mutex);
    if (role == QLatin1String("admin"))
        return allPermissions();
    return grants().value(role);
}

void Roles::grant(const QString& permission, const QStringList& roles)
{
    QMutexLocker lock(&g_mutex);
    allPermissions().insert(permission);
    for (const QString& role : roles)
        if (role != QLatin1String("admin") && all().contains(role))
            grants()[role].insert(permission);
}

} // namespace motcua
