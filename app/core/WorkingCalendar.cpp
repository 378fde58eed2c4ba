#include "WorkingCalendar.h"

#include "AuditLog.h"
#include "Database.h"
#include "Session.h"

#include <QSqlQuery>

namespace motcua {

Status WorkingCalendar::reload()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT day, name FROM holidays")))
        return Status::failed(tr("The holiday calendar cannot be read."));
    m_holidays.clear();
    while (q.next())
        m_holidays.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString());
    return Status::ok();
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::addWorkingDays(const QDate& start, int days) const
{
    QDate d = start;
    int left = days;
    while (left > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

QList<Holiday> WorkingCalendar::holidays(int year) const
{
    QList<Holiday> out;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it)
        if (it.key().year() == year)
            out.append({it.key(), it.value()});
    return out;
}

Status WorkingCalendar::addHoliday(const Session& actor, const Holiday& holiday)
{
    if (Status s = actor.require(perm::CalendarManage); !s)
        return s;
    if (!holiday.date.isValid() || holiday.name.trimmed().isEmpty())
        return {Status::Code::InputRejected, tr("A holiday needs a valid date and a name.")};
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO holidays(day, name) VALUES(?, ?) ON CONFLICT(day) DO UPDATE SET name = "
                             "excluded.name"));
    q.addBindValue(holiday.date.toString(Qt::ISODate));
    q.addBindValue(holiday.name.trimmed());
    if (Status s = m_db.exec(q, "add holiday"); !s)
        return s;
    if (Status s = m_audit.append(actor.username(), {QStringLiteral("calendar.holiday.add"),
                                                     QStringLiteral("holiday"),
                                                     holiday.date.toString(Qt::ISODate),
                                                     {}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_holidays.insert(holiday.date, holiday.name.trimmed());
    return Status::ok();
}

Status WorkingCalendar::removeHoliday(const Session& actor, const QDate& date)
{
    if (Status s = actor.require(perm::CalendarManage); !s)
        return s;
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM holidays WHERE day = ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (Status s = m_db.exec(q, "remove holiday"); !s)
        return s;
    if (Status s = m_audit.append(
            actor.username(),
            {QStringLiteral("calendar.holiday.remove"), QStringLiteral("holiday"), date.toString(Qt::ISODate), {}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_holidays.remove(date);
    return Status::ok();
}

} // namespace motcua
