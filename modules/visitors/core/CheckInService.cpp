#include "CheckInService.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "DutyLogbook.h"
#include "HostDirectory.h"
#include "Session.h"
#include "VisitorRepository.h"
#include "Watchlist.h"
#include "WriteRetry.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

QString CheckInService::visitSelect()
{
    return QStringLiteral(
        "SELECT v.id, v.profile_id, v.badge_number, p.full_name, p.id_masked, v.host_name, v.department, v.purpose,"
        " v.expected_minutes, v.checked_in_at, COALESCE(v.checked_out_at, ''), COALESCE(v.checkout_method, ''),"
        " v.verification, v.badge_prints, v.flagged FROM visitors_visits v"
        " JOIN visitors_profiles p ON p.id = v.profile_id ");
}

VisitRow CheckInService::rowFrom(const QSqlQuery& q)
{
    VisitRow r;
    r.visitId = q.value(0).toLongLong();
    r.profileId = q.value(1).toLongLong();
    r.badgeNumber = q.value(2).toString();
    r.fullName = q.value(3).toString();
    r.idMasked = q.value(4).toString();
    r.hostName = q.value(5).toString();
    r.department = q.value(6).toString();
    r.purpose = q.value(7).toString();
    r.expectedMinutes = q.value(8).toInt();
    r.checkedInAt = fromDbTime(q.value(9).toString());
    r.checkedOutAt = fromDbTime(q.value(10).toString());
    r.checkoutMethod = checkoutMethodFromDb(q.value(11).toString());
    r.verification = verificationFromDb(q.value(12).toString());
    r.badgePrints = q.value(13).toInt();
    r.flagged = q.value(14).toBool();
    return r;
}

Result<CheckInResult> CheckInService::checkIn(const Session& session, const CheckInRequest& request,
                                              QList<WatchlistHit>* blockedBy)
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    const VisitorIdentity& id = request.identity;
    if (id.idNumber.trimmed().size() != 12)
        return Status(Status::Code::InputRejected, tr("The ID number must have 12 digits."));
    if (id.fullName.trimmed().isEmpty())
        return Status(Status::Code::InputRejected, tr("Enter the visitor's full name."));
    if (!request.consentGiven)
        return Status(Status::Code::InputRejected,
                      tr("The visitor has not given consent. Read the notice to the visitor and tick the box."));
    if (request.verification == Verification::Failed && request.overrideReason.trimmed().isEmpty())
        return Status(Status::Code::InputRejected,
                      tr("The card failed verification. Check the person and give a reason to proceed."));

    const QList<WatchlistHit> hits = Watchlist(m_store).match(id);
    const bool blocked = std::any_of(hits.begin(), hits.end(), [](const WatchlistHit& h) { return h.exact; });
    if (blocked) {
        if (blockedBy)
            *blockedBy = hits;
        if (!request.overrideWatchlist)
            return Status(Status::Code::InputRejected,
                          tr("This person is on the watchlist. Check-in needs a supervisor."));
        if (Status s = session.require(perm::Override); !s)
            return s;
        if (request.overrideReason.trimmed().isEmpty())
            return Status(Status::Code::InputRejected, tr("Give the reason for letting a watchlisted person in."));
    }
    return writeCheckIn(session, request, hits);
}

Result<CheckInResult> CheckInService::writeCheckIn(const Session& session, const CheckInRequest& request,
                                                   const QList<WatchlistHit>& hits)
{
    CheckInResult result;
    result.watchlist = hits;
    const bool blocked = std::any_of(hits.begin(), hits.end(), [](const WatchlistHit& h) { return h.exact; });
    const bool flagged = !hits.isEmpty();
    std::optional<Host> host;
    if (request.hostId)
        host = HostDirectory(m_store).find(request.hostId);

    Status s = WriteRetry::run(*m_store.env().db, [&]() -> Status {
        result = CheckInResult{};
        result.watchlist = hits;
        Database& db = *m_store.env().db;
        VisitorRepository profiles(m_store.env(), m_store.ids());
        auto profileId = profiles.upsert(request.identity);
        if (!profileId)
            return profileId.status();
        result.profileId = *profileId;

        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT id, badge_number FROM visitors_visits WHERE profile_id = ?"
                                 " AND checked_out_at IS NULL"));
        q.addBindValue(*profileId);
        if (q.exec() && q.next()) {
            // Already inside (another desk, or a second tap): the existing visit stands.
            result.visitId = q.value(0).toLongLong();
            result.badgeNumber = q.value(1).toString();
            result.alreadyInside = true;
            return Status::ok();
        }
        const QDateTime now = m_store.env().clock->now();
        const QString day = dbDate(now.date());
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(badge_seq), 0) + 1 FROM visitors_visits WHERE badge_day = ?"));
        q.addBindValue(day);
        if (Status e = db.exec(q, "next badge number"); !e)
            return e;
        q.next();
        const int seq = q.value(0).toInt();
        result.badgeNumber = QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));

        q.prepare(QStringLiteral("INSERT INTO visitors_visits(profile_id, host_id, host_name, department, purpose,"
                                 " expected_minutes, badge_day, badge_seq, badge_number, checked_in_at, verification,"
                                 " override_reason, consent_at, invitation_id, flagged, operator, desk)"
                                 " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(*profileId);
        q.addBindValue(host ? QVariant(host->id) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(nonNull(host ? host->name : QString()));
        q.addBindValue(nonNull(host ? host->department : QString()));
        q.addBindValue(nonNull(request.purpose.trimmed()));
        q.addBindValue(request.expectedMinutes);
        q.addBindValue(day);
        q.addBindValue(seq);
        q.addBindValue(result.badgeNumber);
        q.addBindValue(dbTime(now));
        q.addBindValue(toDbString(request.verification));
        q.addBindValue(nonNull(request.overrideReason.trimmed()));
        q.addBindValue(dbTime(now));
        q.addBindValue(request.invitationId ? QVariant(request.invitationId)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(flagged ? 1 : 0);
        q.addBindValue(session.username());
        q.addBindValue(nonNull(request.desk));
        if (Status e = db.exec(q, "insert visit"); !e)
            return e;
        result.visitId = q.lastInsertId().toLongLong();
        if (request.invitationId) {
            QSqlQuery u = db.query();
            u.prepare(QStringLiteral("UPDATE visitors_invitations SET used_visit_id = ? WHERE id = ?"));
            u.addBindValue(result.visitId);
            u.addBindValue(request.invitationId);
            if (Status e = db.exec(u, "mark invitation used"); !e)
                return e;
        }
        DutyLogbook log(m_store);
        if (Status e = log.record(QStringLiteral("checkin"), result.visitId, session.username()); !e)
            return e;
        QJsonObject details{{QStringLiteral("verification"), toDbString(request.verification)},
                            {QStringLiteral("badge"), result.badgeNumber},
                            {QStringLiteral("consent"), true}};
        if (flagged)
            details.insert(QStringLiteral("watchlist"), blocked ? QStringLiteral("exact") : QStringLiteral("near"));
        if (request.verification == Verification::Failed || blocked) {
            // The reason an operator gives is theirs, not the visitor's data: it belongs in the audit trail.
            details.insert(QStringLiteral("overrideReason"), request.overrideReason.trimmed());
            const QString kind = blocked ? QStringLiteral("watchlist_override") : QStringLiteral("override");
            if (Status e = log.record(kind, result.visitId, session.username(), request.overrideReason.trimmed()); !e)
                return e;
            if (Status e = m_store.audit(session, QStringLiteral("visitors.") + kind, QStringLiteral("visit"),
                                         result.visitId, details);
                !e)
                return e;
        }
        return m_store.audit(session, QStringLiteral("visitors.checkin"), QStringLiteral("visit"), result.visitId,
                             details);
    });
    if (!s)
        return s;
    return result;
}

Status CheckInService::recordWatchlistBlock(const Session& session, const QList<WatchlistHit>& hits)
{
    return WriteRetry::run(*m_store.env().db, [&]() -> Status {
        const qint64 entry = hits.isEmpty() ? 0 : hits.first().entryId;
        if (Status e = DutyLogbook(m_store).record(QStringLiteral("watchlist_block"), 0, session.username()); !e)
            return e;
        return m_store.audit(session, QStringLiteral("visitors.watchlist.block"), QStringLiteral("watchlist"), entry);
    });
}

Result<VisitRow> CheckInService::checkOutVisit(const Session& session, qint64 visitId, CheckoutMethod method)
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    Status s = WriteRetry::run(*m_store.env().db, [&]() -> Status {
        QSqlQuery q = m_store.env().db->query();
        q.prepare(QStringLiteral("UPDATE visitors_visits SET checked_out_at = ?, checkout_method = ?"
                                 " WHERE id = ? AND checked_out_at IS NULL"));
        q.addBindValue(dbTime(m_store.env().clock->now()));
        q.addBindValue(toDbString(method));
        q.addBindValue(visitId);
        if (Status e = m_store.env().db->exec(q, "check out"); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return Status(Status::Code::InputRejected, tr("This visitor has already left."));
        if (Status e = DutyLogbook(m_store).record(QStringLiteral("checkout"), visitId, session.username()); !e)
            return e;
        return m_store.audit(session, QStringLiteral("visitors.checkout"), QStringLiteral("visit"), visitId,
                             {{QStringLiteral("method"), toDbString(method)}});
    });
    if (!s)
        return s;
    return *visit(visitId);
}

Result<VisitRow> CheckInService::checkOutByBadge(const Session& session, const QString& badgeNumber)
{
    QSqlQuery q = m_store.env().db->query();
    bool numeric = false;
    const int seq = badgeNumber.trimmed().toInt(&numeric);
    q.prepare(QStringLiteral("SELECT id FROM visitors_visits WHERE checked_out_at IS NULL AND badge_seq = ?"
                             " ORDER BY checked_in_at DESC LIMIT 1"));
    q.addBindValue(seq);
    if (!numeric || !q.exec() || !q.next())
        return Status(Status::Code::InputRejected,
                      tr("No visitor inside has badge %1. Check the number on the badge.").arg(badgeNumber.trimmed()));
    return checkOutVisit(session, q.value(0).toLongLong(), CheckoutMethod::Badge);
}

Result<VisitRow> CheckInService::checkOutByIdNumber(const Session& session, const QString& idNumber)
{
    const std::optional<VisitRow> open = openVisitOf(idNumber);
    if (!open)
        return Status(Status::Code::InputRejected, tr("This person is not checked in."));
    return checkOutVisit(session, open->visitId, CheckoutMethod::Card);
}

Result<int> CheckInService::signOutOpenVisitsBefore(const Session& session, const QDateTime& cutoff)
{
    int count = 0;
    Status s = WriteRetry::run(*m_store.env().db, [&]() -> Status {
        count = 0;
        QSqlQuery q = m_store.env().db->query();
        q.prepare(QStringLiteral("SELECT id FROM visitors_visits WHERE checked_out_at IS NULL AND checked_in_at < ?"));
        q.addBindValue(dbTime(cutoff));
        if (Status e = m_store.env().db->exec(q, "find open visits"); !e)
            return e;
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        for (qint64 id : ids) {
            QSqlQuery u = m_store.env().db->query();
            u.prepare(QStringLiteral("UPDATE visitors_visits SET checked_out_at = ?, checkout_method = 'automatic'"
                                     " WHERE id = ?"));
            u.addBindValue(dbTime(cutoff));
            u.addBindValue(id);
            if (Status e = m_store.env().db->exec(u, "automatic sign-out"); !e)
                return e;
            if (Status e = DutyLogbook(m_store).record(QStringLiteral("auto_checkout"), id, session.username()); !e)
                return e;
            ++count;
        }
        if (count == 0)
            return Status::ok();
        return m_store.audit(session, QStringLiteral("visitors.autosignout"), QStringLiteral("visit"), 0,
                             {{QStringLiteral("count"), count}});
    });
    if (!s)
        return s;
    return count;
}

QList<VisitRow> CheckInService::insideNow() const
{
    QSqlQuery q = m_store.env().db->query();
    q.setForwardOnly(true);
    q.exec(visitSelect() + QStringLiteral("WHERE v.checked_out_at IS NULL ORDER BY v.checked_in_at"));
    QList<VisitRow> out;
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

QMap<QString, int> CheckInService::insideCountByHost() const
{
    QMap<QString, int> out;
    QSqlQuery q = m_store.env().db->query();
    q.exec(QStringLiteral("SELECT host_name, COUNT(*) FROM visitors_visits WHERE checked_out_at IS NULL"
                          " GROUP BY host_name"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QMap<QString, int> CheckInService::insideCountByDepartment() const
{
    QMap<QString, int> out;
    QSqlQuery q = m_store.env().db->query();
    q.exec(QStringLiteral("SELECT department, COUNT(*) FROM visitors_visits WHERE checked_out_at IS NULL"
                          " GROUP BY department"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

std::optional<VisitRow> CheckInService::visit(qint64 visitId) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(visitSelect() + QStringLiteral("WHERE v.id = ?"));
    q.addBindValue(visitId);
    if (q.exec() && q.next())
        return rowFrom(q);
    return std::nullopt;
}

std::optional<VisitRow> CheckInService::openVisitOf(const QString& idNumber) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(visitSelect() + QStringLiteral("WHERE p.id_hash = ? AND v.checked_out_at IS NULL"));
    q.addBindValue(m_store.ids().hash(idNumber));
    if (q.exec() && q.next())
        return rowFrom(q);
    return std::nullopt;
}

Result<int> CheckInService::markBadgePrinted(const Session& session, qint64 visitId)
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    int before = 0;
    Status s = WriteRetry::run(*m_store.env().db, [&]() -> Status {
        QSqlQuery q = m_store.env().db->query();
        q.prepare(QStringLiteral("SELECT badge_prints FROM visitors_visits WHERE id = ?"));
        q.addBindValue(visitId);
        if (!q.exec() || !q.next())
            return Status::failed(tr("This visit is no longer in the register."));
        before = q.value(0).toInt();
        q.prepare(QStringLiteral("UPDATE visitors_visits SET badge_prints = badge_prints + 1 WHERE id = ?"));
        q.addBindValue(visitId);
        if (Status e = m_store.env().db->exec(q, "count badge print"); !e)
            return e;
        return m_store.audit(session, QStringLiteral("visitors.badge.print"), QStringLiteral("visit"), visitId,
                             {{QStringLiteral("earlierPrints"), before}});
    });
    if (!s)
        return s;
    return before;
}

} // namespace motcua::visitors
