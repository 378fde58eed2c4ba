#include "DutyLogbook.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "Session.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

int DutyLogbook::shiftOf(const QTime& time)
{
    const int h = time.hour();
    if (h >= 6 && h < 14)
        return 1;
    if (h >= 14 && h < 22)
        return 2;
    return 3;
}

QDate DutyLogbook::shiftDayOf(const QDateTime& at)
{
    // The night shift belongs to the day it began: 02:00 on the 3rd is the 2nd's night.
    return at.time().hour() < 6 ? at.date().addDays(-1) : at.date();
}

QString DutyLogbook::shiftName(int shift)
{
    switch (shift) {
    case 1:
        return tr("Morning shift (06:00–14:00)");
    case 2:
        return tr("Afternoon shift (14:00–22:00)");
    case 3:
        return tr("Night shift (22:00–06:00)");
    }
    return tr("All shifts");
}

QString DutyLogbook::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("checkin"))
        return tr("Check-in");
    if (kind == QLatin1String("checkout"))
        return tr("Check-out");
    if (kind == QLatin1String("auto_checkout"))
        return tr("Automatic sign-out");
    if (kind == QLatin1String("watchlist_block"))
        return tr("Watchlist alert");
    if (kind == QLatin1String("watchlist_override"))
        return tr("Watchlist override");
    if (kind == QLatin1String("override"))
        return tr("Verification override");
    if (kind == QLatin1String("remark"))
        return tr("Remark");
    return kind;
}

Status DutyLogbook::record(const QString& kind, qint64 visitId, const QString& operatorName, const QString& remark)
{
    const QDateTime now = m_store.env().clock->now();
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("INSERT INTO visitors_logbook(at, day, shift, kind, visit_id, operator, remark)"
                             " VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(dbTime(now));
    q.addBindValue(dbDate(shiftDayOf(now)));
    q.addBindValue(shiftOf(now.time()));
    q.addBindValue(kind);
    q.addBindValue(visitId ? QVariant(visitId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(operatorName);
    q.addBindValue(nonNull(remark));
    return m_store.env().db->exec(q, "record logbook entry");
}

Status DutyLogbook::addRemark(const Session& session, const QString& remark)
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    if (remark.trimmed().isEmpty())
        return Status(Status::Code::InputRejected, tr("Write the remark first."));
    return record(QStringLiteral("remark"), 0, session.username(), remark.trimmed());
}

QList<LogbookEntry> DutyLogbook::entries(const QDate& day, int shift) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("SELECT l.id, l.at, l.shift, l.kind, l.operator, COALESCE(p.full_name, ''),"
                             " COALESCE(v.badge_number, ''), COALESCE(v.host_name, ''), l.remark"
                             " FROM visitors_logbook l LEFT JOIN visitors_visits v ON v.id = l.visit_id"
                             " LEFT JOIN visitors_profiles p ON p.id = v.profile_id"
                             " WHERE l.day = ? AND (? = 0 OR l.shift = ?) ORDER BY l.at, l.id"));
    q.addBindValue(dbDate(day));
    q.addBindValue(shift);
    q.addBindValue(shift);
    QList<LogbookEntry> out;
    if (q.exec()) {
        while (q.next()) {
            LogbookEntry e;
            e.id = q.value(0).toLongLong();
            e.at = fromDbTime(q.value(1).toString());
            e.shift = q.value(2).toInt();
            e.kind = q.value(3).toString();
            e.operatorName = q.value(4).toString();
            e.visitorName = q.value(5).toString();
            e.badgeNumber = q.value(6).toString();
            e.hostName = q.value(7).toString();
            e.remark = q.value(8).toString();
            out.append(e);
        }
    }
    return out;
}

} // namespace motcua::visitors
