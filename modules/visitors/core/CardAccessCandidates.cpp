#include "CardAccessCandidates.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "Session.h"

#include <QSqlQuery>

namespace motcua::visitors {

QString CardAccessCandidates::canOf(const QString& idNumberOrCan)
{
    const QString digits = idNumberOrCan.trimmed();
    if ((digits.size() != 12 && digits.size() != 6) ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    return digits.right(6);
}

Result<QStringList> CardAccessCandidates::list(const Session& session, int limit) const
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    QStringList cans;
    auto collect = [&](const QString& sql, const QVariantList& binds) {
        if (cans.size() >= limit)
            return;
        QSqlQuery q = m_store.env().db->query();
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return;
        while (cans.size() < limit && q.next()) {
            const auto id = m_store.ids().unseal(q.value(0).toString());
            const QString can = id ? canOf(*id) : QString();
            if (!can.isEmpty() && !cans.contains(can))
                cans.append(can);
        }
    };
    // 1. Inside now, latest arrivals first: a tap from them is a check-out.
    collect(QStringLiteral("SELECT p.id_sealed FROM visitors_visits v JOIN visitors_profiles p ON p.id = v.profile_id"
                           " WHERE v.checked_out_at IS NULL ORDER BY v.checked_in_at DESC LIMIT ?"),
            {limit});
    // 2. Guests invited for today and not yet arrived (invitations from before schema 2 through the profile).
    const QDateTime now = m_store.env().clock->now();
    collect(QStringLiteral("SELECT COALESCE(i.id_sealed, p.id_sealed) FROM visitors_invitations i"
                           " LEFT JOIN visitors_profiles p ON p.id_hash = i.id_hash"
                           " WHERE i.used_visit_id IS NULL AND i.valid_until >= ? AND i.valid_from < ?"
                           " AND COALESCE(i.id_sealed, p.id_sealed) IS NOT NULL ORDER BY i.valid_from LIMIT ?"),
            {dbTime(now), dbTime(QDateTime(now.date().addDays(1), QTime(0, 0))), limit});
    // 3. The most recent returning visitors.
    collect(QStringLiteral("SELECT id_sealed FROM visitors_profiles ORDER BY last_seen_at DESC LIMIT ?"), {limit});
    if (Status s = m_store.audit(session, QStringLiteral("visitors.card.candidates"), QStringLiteral("visitors"), 0,
                                 {{QStringLiteral("count"), int(cans.size())}});
        !s)
        return s;
    return cans;
}

} // namespace motcua::visitors
