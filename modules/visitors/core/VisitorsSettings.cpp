#include "VisitorsSettings.h"

#include "Database.h"

namespace motcua::visitors {

VisitorsSettings VisitorsSettings::load(const Database& db)
{
    VisitorsSettings s;
    const QTime t = QTime::fromString(db.meta(QStringLiteral("visitors.autoSignOut")), QStringLiteral("HH:mm"));
    if (t.isValid())
        s.autoSignOutTime = t;
    bool ok = false;
    const int visits = db.meta(QStringLiteral("visitors.retention.visits")).toInt(&ok);
    if (ok && visits >= 1 && visits <= 3650)
        s.visitRetentionDays = visits;
    const int profiles = db.meta(QStringLiteral("visitors.retention.profiles")).toInt(&ok);
    if (ok && profiles >= 1 && profiles <= 3650)
        s.profileRetentionDays = profiles;
    return s;
}

Status VisitorsSettings::save(Database& db) const
{
    if (Status s =
            db.setMeta(QStringLiteral("visitors.autoSignOut"), autoSignOutTime.toString(QStringLiteral("HH:mm")));
        !s)
        return s;
    if (Status s = db.setMeta(QStringLiteral("visitors.retention.visits"), QString::number(visitRetentionDays)); !s)
        return s;
    return db.setMeta(QStringLiteral("visitors.retention.profiles"), QString::number(profileRetentionDays));
}

} // namespace motcua::visitors
