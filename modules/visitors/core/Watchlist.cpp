#include "Watchlist.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "Session.h"
#include "TextFolding.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

QList<WatchlistHit> Watchlist::match(const VisitorIdentity& identity) const
{
    QList<WatchlistHit> hits;
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("SELECT id, reason, level FROM visitors_watchlist WHERE active = 1 AND id_hash = ?"));
    q.addBindValue(m_store.ids().hash(identity.idNumber));
    if (q.exec())
        while (q.next())
            hits.append({q.value(0).toLongLong(), true, q.value(1).toString(), q.value(2).toString()});
    if (!identity.dateOfBirth.isValid() || identity.fullName.trimmed().isEmpty())
        return hits;
    q.prepare(QStringLiteral("SELECT id, reason, level FROM visitors_watchlist WHERE active = 1 AND name_folded = ?"
                             " AND birth_date = ? AND (id_hash IS NULL OR id_hash <> ?)"));
    q.addBindValue(TextFolding::fold(identity.fullName));
    q.addBindValue(dbDate(identity.dateOfBirth));
    q.addBindValue(m_store.ids().hash(identity.idNumber));
    if (q.exec())
        while (q.next())
            hits.append({q.value(0).toLongLong(), false, q.value(1).toString(), q.value(2).toString()});
    return hits;
}

QList<WatchlistEntry> Watchlist::list() const
{
    QSqlQuery q = m_store.env().db->query();
    q.exec(QStringLiteral("SELECT id, id_masked, full_name, birth_date, reason, level, created_at"
                          " FROM visitors_watchlist WHERE active = 1 ORDER BY created_at DESC"));
    QList<WatchlistEntry> out;
    while (q.next()) {
        WatchlistEntry e;
        e.id = q.value(0).toLongLong();
        e.idMasked = q.value(1).toString();
        e.fullName = q.value(2).toString();
        e.dateOfBirth = fromDbDate(q.value(3).toString());
        e.reason = q.value(4).toString();
        e.level = q.value(5).toString();
        e.createdAt = fromDbTime(q.value(6).toString());
        out.append(e);
    }
    return out;
}

Result<qint64> Watchlist::add(const Session& session, const QString& idNumber, const WatchlistEntry& entry)
{
    if (Status s = session.require(perm::WatchlistManage); !s)
        return s;
    const QString id = idNumber.trimmed();
    if (id.isEmpty() && (entry.fullName.trimmed().isEmpty() || !entry.dateOfBirth.isValid()))
        return Status(Status::Code::InputRejected,
                      tr("Enter the ID number, or the full name and the date of birth of the person."));
    if (entry.reason.trimmed().isEmpty())
        return Status(Status::Code::InputRejected, tr("Enter the reason for the watchlist entry."));
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("INSERT INTO visitors_watchlist(id_hash, id_masked, full_name, name_folded, birth_date,"
                             " reason, level, created_by, created_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(m_store.ids().hash(id)));
    q.addBindValue(nonNull(id.isEmpty() ? QString() : IdNumberProtector::mask(id)));
    q.addBindValue(nonNull(entry.fullName.trimmed()));
    q.addBindValue(nonNull(TextFolding::fold(entry.fullName)));
    q.addBindValue(dbDate(entry.dateOfBirth));
    q.addBindValue(entry.reason.trimmed());
    q.addBindValue(entry.level.isEmpty() ? QStringLiteral("high") : entry.level);
    q.addBindValue(session.username());
    q.addBindValue(dbTime(m_store.env().clock->now()));
    if (Status s = m_store.env().db->exec(q, "add watchlist entry"); !s)
        return s;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (Status s = m_store.audit(session, QStringLiteral("visitors.watchlist.add"), QStringLiteral("watchlist"), newId);
        !s)
        return s;
    return newId;
}

Status Watchlist::remove(const Session& session, qint64 id)
{
    if (Status s = session.require(perm::WatchlistManage); !s)
        return s;
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("UPDATE visitors_watchlist SET active = 0 WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_store.env().db->exec(q, "remove watchlist entry"); !s)
        return s;
    return m_store.audit(session, QStringLiteral("visitors.watchlist.remove"), QStringLiteral("watchlist"), id);
}

} // namespace motcua::visitors
