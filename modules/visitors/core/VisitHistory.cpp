#include "VisitHistory.h"

#include "CheckInService.h"
#include "Database.h"
#include "DbTime.h"
#include "TextFolding.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

namespace {
// LIKE wildcards typed by the operator are searched for literally.
QString likePattern(const QString& folded)
{
    QString escaped = folded;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QList<VisitRow> VisitHistory::search(const HistoryQuery& query) const
{
    QStringList where;
    QVariantList binds;
    const QString name = TextFolding::fold(query.name);
    if (!name.isEmpty()) {
        where << QStringLiteral("p.name_folded LIKE ? ESCAPE '\\'");
        binds << likePattern(name);
    }
    if (!query.idNumber.trimmed().isEmpty()) {
        where << QStringLiteral("p.id_hash = ?");
        binds << m_store.ids().hash(query.idNumber);
    }
    if (query.from.isValid()) {
        where << QStringLiteral("v.checked_in_at >= ?");
        binds << dbTime(query.from.startOfDay());
    }
    if (query.to.isValid()) {
        where << QStringLiteral("v.checked_in_at < ?");
        binds << dbTime(query.to.addDays(1).startOfDay());
    }
    if (query.hostId) {
        where << QStringLiteral("v.host_id = ?");
        binds << query.hostId;
    }
    QString sql = CheckInService::visitSelect();
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY v.checked_in_at DESC LIMIT %1").arg(qMax(1, query.limit));
    QSqlQuery q = m_store.env().db->query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QList<VisitRow> out;
    if (q.exec())
        while (q.next())
            out.append(CheckInService::rowFrom(q));
    return out;
}

QList<VisitRow> VisitHistory::visitsOf(qint64 profileId) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(CheckInService::visitSelect() + QStringLiteral("WHERE v.profile_id = ? ORDER BY v.checked_in_at DESC"));
    q.addBindValue(profileId);
    QList<VisitRow> out;
    if (q.exec())
        while (q.next())
            out.append(CheckInService::rowFrom(q));
    return out;
}

} // namespace motcua::visitors
