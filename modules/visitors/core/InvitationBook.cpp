#include "InvitationBook.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "Session.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT i.id, i.id_masked, i.guest_name, i.host_id, COALESCE(h.name, ''), i.purpose, i.valid_from, i.valid_until,"
    " COALESCE(i.used_visit_id, 0) FROM visitors_invitations i LEFT JOIN visitors_hosts h ON h.id = i.host_id ");

Invitation invitationFrom(const QSqlQuery& q)
{
    Invitation i;
    i.id = q.value(0).toLongLong();
    i.idMasked = q.value(1).toString();
    i.guestName = q.value(2).toString();
    i.hostId = q.value(3).toLongLong();
    i.hostName = q.value(4).toString();
    i.purpose = q.value(5).toString();
    i.validFrom = fromDbTime(q.value(6).toString());
    i.validUntil = fromDbTime(q.value(7).toString());
    i.usedVisitId = q.value(8).toLongLong();
    return i;
}
} // namespace

Result<qint64> InvitationBook::invite(const Session& session, const QString& idNumber, const Invitation& invitation)
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    const QString id = idNumber.trimmed();
    if (id.size() != 12 || !std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); }))
        return Status(Status::Code::InputRejected, tr("The ID number must have 12 digits."));
    if (!invitation.validFrom.isValid() || !invitation.validUntil.isValid() ||
        invitation.validUntil <= invitation.validFrom)
        return Status(Status::Code::InputRejected, tr("The invitation must end after it starts."));
    // Sealed as well: its last six digits open the guest's card when it is put on the reader (CardAccessCandidates).
    auto sealed = m_store.ids().seal(id);
    if (!sealed)
        return sealed.status();
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("INSERT INTO visitors_invitations(id_hash, id_sealed, id_masked, guest_name, host_id,"
                             " purpose, valid_from, valid_until, created_by, created_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(m_store.ids().hash(id));
    q.addBindValue(*sealed);
    q.addBindValue(IdNumberProtector::mask(id));
    q.addBindValue(nonNull(invitation.guestName.trimmed()));
    q.addBindValue(invitation.hostId ? QVariant(invitation.hostId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nonNull(invitation.purpose.trimmed()));
    q.addBindValue(dbTime(invitation.validFrom));
    q.addBindValue(dbTime(invitation.validUntil));
    q.addBindValue(session.username());
    q.addBindValue(dbTime(m_store.env().clock->now()));
    if (Status s = m_store.env().db->exec(q, "add invitation"); !s)
        return s;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (Status s =
            m_store.audit(session, QStringLiteral("visitors.invitation.add"), QStringLiteral("invitation"), newId);
        !s)
        return s;
    return newId;
}

std::optional<Invitation> InvitationBook::findValid(const QString& idNumber) const
{
    const QString now = dbTime(m_store.env().clock->now());
    QSqlQuery q = m_store.env().db->query();
    q.prepare(kSelect + QStringLiteral("WHERE i.id_hash = ? AND i.valid_from <= ? AND i.valid_until >= ?"
                                       " AND i.used_visit_id IS NULL ORDER BY i.valid_from LIMIT 1"));
    q.addBindValue(m_store.ids().hash(idNumber));
    q.addBindValue(now);
    q.addBindValue(now);
    if (q.exec() && q.next())
        return invitationFrom(q);
    return std::nullopt;
}

QList<Invitation> InvitationBook::upcoming(const QDateTime& from) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(kSelect + QStringLiteral("WHERE i.valid_until >= ? ORDER BY i.valid_from"));
    q.addBindValue(dbTime(from));
    QList<Invitation> out;
    if (q.exec())
        while (q.next())
            out.append(invitationFrom(q));
    return out;
}

Status InvitationBook::cancel(const Session& session, qint64 id)
{
    if (Status s = session.require(perm::CheckIn); !s)
        return s;
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("DELETE FROM visitors_invitations WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_store.env().db->exec(q, "cancel invitation"); !s)
        return s;
    return m_store.audit(session, QStringLiteral("visitors.invitation.cancel"), QStringLiteral("invitation"), id);
}

} // namespace motcua::visitors
