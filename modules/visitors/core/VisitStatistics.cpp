#include "VisitStatistics.h"

#include "Database.h"
#include "DbTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

VisitStatistics::Counts VisitStatistics::grouped(const QString& expression, const QDate& from, const QDate& to,
                                                 const QString& order) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("SELECT %1 AS k, COUNT(*) FROM visitors_visits v JOIN visitors_profiles p"
                             " ON p.id = v.profile_id WHERE v.checked_in_at >= ? AND v.checked_in_at < ?"
                             " GROUP BY k ORDER BY %2")
                  .arg(expression, order));
    q.addBindValue(dbTime(from.startOfDay()));
    q.addBindValue(dbTime(to.addDays(1).startOfDay()));
    Counts out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

VisitStatistics::Counts VisitStatistics::perDay(const QDate& from, const QDate& to) const
{
    const Counts found = grouped(QStringLiteral("substr(v.checked_in_at, 1, 10)"), from, to, QStringLiteral("k"));
    QHash<QString, int> byDay;
    for (const auto& c : found)
        byDay.insert(c.first, c.second);
    Counts out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out.append({dbDate(d), byDay.value(dbDate(d))});
    return out;
}

VisitStatistics::Counts VisitStatistics::perHour(const QDate& from, const QDate& to) const
{
    const Counts found = grouped(QStringLiteral("substr(v.checked_in_at, 12, 2)"), from, to, QStringLiteral("k"));
    QHash<QString, int> byHour;
    for (const auto& c : found)
        byHour.insert(c.first, c.second);
    Counts out;
    for (int h = 0; h < 24; ++h) {
        const QString key = QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        out.append({key, byHour.value(key)});
    }
    return out;
}

VisitStatistics::Counts VisitStatistics::bySex(const QDate& from, const QDate& to) const
{
    return grouped(QStringLiteral("COALESCE(p.sex, '')"), from, to, QStringLiteral("k"));
}

VisitStatistics::Counts VisitStatistics::byAgeBand(const QDate& from, const QDate& to) const
{
    // Age on the day of the visit, from the stored date of birth.
    const QString age =
        QStringLiteral("(CAST(substr(v.checked_in_at, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4)"
                       " AS INTEGER) - (substr(v.checked_in_at, 6, 5) < substr(p.birth_date, 6, 5)))");
    const QString band = QStringLiteral("CASE WHEN p.birth_date IS NULL OR p.birth_date = '' THEN '?'"
                                        " WHEN %1 < 18 THEN '<18' WHEN %1 < 30 THEN '18-29' WHEN %1 < 45 THEN '30-44'"
                                        " WHEN %1 < 60 THEN '45-59' ELSE '60+' END")
                             .arg(age);
    const Counts found = grouped(band, from, to, QStringLiteral("k"));
    Counts out;
    for (const QString& key : {QStringLiteral("<18"), QStringLiteral("18-29"), QStringLiteral("30-44"),
                               QStringLiteral("45-59"), QStringLiteral("60+"), QStringLiteral("?")}) {
        int n = 0;
        for (const auto& c : found)
            if (c.first == key)
                n = c.second;
        if (n || key != QLatin1String("?"))
            out.append({key, n});
    }
    return out;
}

VisitStatistics::Counts VisitStatistics::byProvince(const QDate& from, const QDate& to, int top) const
{
    Counts all =
        grouped(QStringLiteral("COALESCE(NULLIF(p.province, ''), '?')"), from, to, QStringLiteral("COUNT(*) DESC, k"));
    if (all.size() > top) {
        int rest = 0;
        for (int i = top; i < all.size(); ++i)
            rest += all.at(i).second;
        all = all.mid(0, top);
        all.append({QStringLiteral("…"), rest});
    }
    return all;
}

} // namespace motcua::visitors
