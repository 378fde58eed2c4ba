#include "HouseholdRegistry.h"

#include "Clock.h"
#include "Database.h"
#include "DbValues.h"
#include "PersonRegistry.h"
#include "Session.h"

namespace motcua::residence {

QString HouseholdRegistry::kindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Permanent:
        return QStringLiteral("permanent");
    case RecordKind::Temporary:
        return QStringLiteral("temporary");
    case RecordKind::Absence:
        return QStringLiteral("absence");
    case RecordKind::Declared:
        return QStringLiteral("declared");
    }
    return {};
}

namespace {
RecordKind kindOf(const QString& key)
{
    for (RecordKind k : {RecordKind::Permanent, RecordKind::Temporary, RecordKind::Absence, RecordKind::Declared})
        if (HouseholdRegistry::kindKey(k) == key)
            return k;
    return RecordKind::Declared;
}

QList<HouseholdMember> readMembers(QSqlQuery& q)
{
    QList<HouseholdMember> out;
    while (q.next())
        out << HouseholdMember{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(),
                               q.value(3).toString(),   db::toDate(q.value(4)), db::toDate(q.value(5))};
    return out;
}

const QString kMemberSelect = QStringLiteral(
    "SELECT m.person_id, p.full_name, p.id_number, m.relationship, m.from_date, m.to_date FROM residence_memberships m "
    "JOIN residence_persons p ON p.id = m.person_id ");
} // namespace

Result<Household> HouseholdRegistry::household(const Session& session, qint64 householdId) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT number, head_person_id, address_id, created_on, dissolved_on FROM "
                             "residence_households WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = m_store.db().exec(q, "read household"); !s)
        return s;
    if (!q.next())
        return Status(Status::Code::InputRejected, tr("This household is not in the registry."));
    Household h;
    h.id = householdId;
    h.number = q.value(0).toString();
    h.headPersonId = q.value(1).toLongLong();
    auto address = PersonRegistry(m_store).address(q.value(2).toLongLong());
    if (!address)
        return address.status();
    h.address = *address;
    h.createdOn = db::toDate(q.value(3));
    h.dissolvedOn = db::toDate(q.value(4));
    q.finish(); // the read ends before the audit row is written: a stale read snapshot cannot become a write
    auto members = currentMembers(householdId);
    if (!members)
        return members.status();
    h.members = *members;
    if (Status s = m_store.audit(session, QStringLiteral("residence.household.read"), QStringLiteral("household"),
                                 householdId);
        !s)
        return s;
    return h;
}

Result<QList<Household>> HouseholdRegistry::search(const Session& session, const QString& text, int limit) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    const QString t = text.trimmed();
    QSqlQuery q = m_store.db().query();
    if (t.startsWith(QLatin1String("HK"), Qt::CaseInsensitive)) {
        q.prepare(QStringLiteral("SELECT id FROM residence_households WHERE number >= ? AND number < ? ORDER BY "
                                 "number LIMIT ?"));
        q.addBindValue(t.toUpper());
        q.addBindValue(QString(t.toUpper() + QChar(0xFFFF)));
    } else {
        // By the head's name: the FTS prefix terms of the person search.
        QStringList terms;
        for (const QString& w : TextFolding::fold(t).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            terms << QLatin1Char('"') + QString(w).remove(QLatin1Char('"')) + QStringLiteral("\"*");
        if (terms.isEmpty())
            return QList<Household>();
        q.prepare(QStringLiteral("SELECT h.id FROM residence_person_names f JOIN residence_households h ON "
                                 "h.head_person_id = f.rowid WHERE residence_person_names MATCH ? AND h.dissolved_on "
                                 "IS NULL LIMIT ?"));
        q.addBindValue(terms.join(QLatin1Char(' ')));
    }
    q.addBindValue(limit);
    if (Status s = m_store.db().exec(q, "search households"); !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Household> out;
    for (qint64 id : ids) {
        auto h = household(session, id);
        if (!h)
            return h.status();
        out << *h;
    }
    return out;
}

Result<QList<HouseholdMember>> HouseholdRegistry::history(const Session& session, qint64 householdId) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(kMemberSelect + QStringLiteral("WHERE m.household_id = ? ORDER BY m.from_date, m.id"));
    q.addBindValue(householdId);
    if (Status s = m_store.db().exec(q, "read household history"); !s)
        return s;
    QList<HouseholdMember> out = readMembers(q);
    if (Status s = m_store.audit(session, QStringLiteral("residence.household.history"), QStringLiteral("household"),
                                 householdId);
        !s)
        return s;
    return out;
}

Result<QList<ResidenceRecord>> HouseholdRegistry::records(const Session& session, qint64 personId) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id, kind, address_id, household_id, from_date, to_date, closed_on, close_reason, "
                             "case_id, destination FROM residence_records WHERE person_id = ? ORDER BY from_date "
                             "DESC, id DESC"));
    q.addBindValue(personId);
    if (Status s = m_store.db().exec(q, "read records"); !s)
        return s;
    QList<ResidenceRecord> out;
    PersonRegistry persons(m_store);
    while (q.next()) {
        ResidenceRecord r;
        r.id = q.value(0).toLongLong();
        r.personId = personId;
        r.kind = kindOf(q.value(1).toString());
        if (auto a = persons.address(q.value(2).toLongLong()))
            r.address = *a;
        r.householdId = q.value(3).toLongLong();
        r.from = db::toDate(q.value(4));
        r.to = db::toDate(q.value(5));
        r.closedOn = db::toDate(q.value(6));
        r.closeReason = q.value(7).toString();
        r.caseId = q.value(8).toLongLong();
        r.destination = q.value(9).toString();
        out << r;
    }
    if (Status s = m_store.audit(session, QStringLiteral("residence.records.read"), QStringLiteral("person"), personId);
        !s)
        return s;
    return out;
}

Result<QList<ExpiringTemporary>> HouseholdRegistry::expiringTemporary(const Session& session, int days) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    const QDate today = m_store.env().clock->today();
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT r.id, r.person_id, p.full_name, p.id_number, r.to_date, r.address_id FROM "
                             "residence_records r JOIN residence_persons p ON p.id = r.person_id WHERE r.kind = "
                             "'temporary' AND r.closed_on IS NULL AND r.to_date >= ? AND r.to_date <= ? ORDER BY "
                             "r.to_date, p.name_key"));
    q.addBindValue(db::date(today));
    q.addBindValue(db::date(today.addDays(days)));
    if (Status s = m_store.db().exec(q, "list expiring temporary residence"); !s)
        return s;
    QList<ExpiringTemporary> out;
    PersonRegistry persons(m_store);
    while (q.next()) {
        ExpiringTemporary e;
        e.recordId = q.value(0).toLongLong();
        e.personId = q.value(1).toLongLong();
        e.fullName = q.value(2).toString();
        e.idNumber = q.value(3).toString();
        e.to = db::toDate(q.value(4));
        e.daysLeft = int(today.daysTo(e.to));
        if (auto a = persons.address(q.value(5).toLongLong()))
            e.address = a->display();
        out << e;
    }
    if (Status s = m_store.audit(session, QStringLiteral("residence.temporary.expiring"), QStringLiteral("record"), 0,
                                 {{QStringLiteral("results"), int(out.size())}});
        !s)
        return s;
    return out;
}

Result<qint64> HouseholdRegistry::createHousehold(qint64 headPersonId, qint64 addressId, const QDate& on) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("INSERT INTO residence_households(number, head_person_id, address_id, created_on) "
                             "VALUES('HK-pending-' || hex(randomblob(8)), ?, ?, ?)"));
    q.addBindValue(headPersonId);
    q.addBindValue(addressId);
    q.addBindValue(db::date(on));
    if (Status s = m_store.db().exec(q, "add household"); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    // The number follows the row id, so it is unique without a counter table.
    QSqlQuery n = m_store.db().query();
    n.prepare(QStringLiteral("UPDATE residence_households SET number = ? WHERE id = ?"));
    n.addBindValue(QStringLiteral("HK-%1").arg(id, 6, 10, QLatin1Char('0')));
    n.addBindValue(id);
    if (Status s = m_store.db().exec(n, "number household"); !s)
        return s;
    if (Status s = addMember(id, headPersonId, QStringLiteral("Chủ hộ"), on); !s)
        return s;
    return id;
}

Status HouseholdRegistry::addMember(qint64 householdId, qint64 personId, const QString& relationship,
                                    const QDate& on) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral(
        "INSERT INTO residence_memberships(household_id, person_id, relationship, from_date) VALUES(?, ?, ?, ?)"));
    q.addBindValue(householdId);
    q.addBindValue(personId);
    q.addBindValue(db::text(relationship.trimmed()));
    q.addBindValue(db::date(on));
    return m_store.db().exec(q, "add household member");
}

Result<qint64> HouseholdRegistry::endMembership(qint64 personId, const QDate& on) const
{
    auto current = currentHousehold(personId);
    if (!current || !*current)
        return current;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_memberships SET to_date = ? WHERE person_id = ? AND to_date IS NULL"));
    q.addBindValue(db::date(on));
    q.addBindValue(personId);
    if (Status s = m_store.db().exec(q, "end household membership"); !s)
        return s;
    return *current;
}

Status HouseholdRegistry::setHead(qint64 householdId, qint64 personId, const QDate& on) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_households SET head_person_id = ? WHERE id = ?"));
    q.addBindValue(personId);
    q.addBindValue(householdId);
    if (Status s = m_store.db().exec(q, "set household head"); !s)
        return s;
    // The new head's relationship changes: the old membership row ends, a "Chủ hộ" row starts (history kept).
    QSqlQuery end = m_store.db().query();
    end.prepare(QStringLiteral(
        "UPDATE residence_memberships SET to_date = ? WHERE person_id = ? AND household_id = ? AND to_date IS NULL"));
    end.addBindValue(db::date(on));
    end.addBindValue(personId);
    end.addBindValue(householdId);
    if (Status s = m_store.db().exec(end, "end membership"); !s)
        return s;
    return addMember(householdId, personId, QStringLiteral("Chủ hộ"), on);
}

Result<qint64> HouseholdRegistry::currentHousehold(qint64 personId) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral(
        "SELECT household_id FROM residence_memberships WHERE person_id = ? AND to_date IS NULL LIMIT 1"));
    q.addBindValue(personId);
    if (Status s = m_store.db().exec(q, "find household"); !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<HouseholdMember>> HouseholdRegistry::currentMembers(qint64 householdId) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(kMemberSelect + QStringLiteral("WHERE m.household_id = ? AND m.to_date IS NULL ORDER BY m.from_date, "
                                             "m.id"));
    q.addBindValue(householdId);
    if (Status s = m_store.db().exec(q, "read household members"); !s)
        return s;
    return readMembers(q);
}

Result<qint64> HouseholdRegistry::headOf(qint64 householdId) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT head_person_id FROM residence_households WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = m_store.db().exec(q, "read household head"); !s)
        return s;
    if (!q.next())
        return Status(Status::Code::InputRejected, tr("This household is not in the registry."));
    return q.value(0).toLongLong();
}

Status HouseholdRegistry::dissolveIfEmpty(qint64 householdId, const QDate& on) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_households SET dissolved_on = ? WHERE id = ? AND NOT EXISTS (SELECT 1 "
                             "FROM residence_memberships WHERE household_id = ? AND to_date IS NULL)"));
    q.addBindValue(db::date(on));
    q.addBindValue(householdId);
    q.addBindValue(householdId);
    return m_store.db().exec(q, "dissolve household");
}

Result<qint64> HouseholdRegistry::addRecord(const ResidenceRecord& r) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("INSERT INTO residence_records(person_id, kind, address_id, household_id, from_date, "
                             "to_date, case_id, destination) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.personId);
    q.addBindValue(kindKey(r.kind));
    q.addBindValue(r.address.id);
    q.addBindValue(db::idOrNull(r.householdId));
    q.addBindValue(db::date(r.from));
    q.addBindValue(db::date(r.to));
    q.addBindValue(db::idOrNull(r.caseId));
    q.addBindValue(db::text(r.destination));
    if (Status s = m_store.db().exec(q, "add residence record"); !s)
        return s;
    return q.lastInsertId().toLongLong();
}

Result<ResidenceRecord> HouseholdRegistry::activeRecord(qint64 personId, RecordKind kind) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id, address_id, household_id, from_date, to_date FROM residence_records WHERE "
                             "person_id = ? AND kind = ? AND closed_on IS NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(personId);
    q.addBindValue(kindKey(kind));
    if (Status s = m_store.db().exec(q, "find residence record"); !s)
        return s;
    ResidenceRecord r;
    r.personId = personId;
    r.kind = kind;
    if (q.next()) {
        r.id = q.value(0).toLongLong();
        r.address.id = q.value(1).toLongLong();
        r.householdId = q.value(2).toLongLong();
        r.from = db::toDate(q.value(3));
        r.to = db::toDate(q.value(4));
        if (auto a = PersonRegistry(m_store).address(r.address.id))
            r.address = *a;
    }
    return r;
}

Status HouseholdRegistry::closeRecord(qint64 recordId, const QDate& on, const QString& reason) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_records SET closed_on = ?, close_reason = ? WHERE id = ?"));
    q.addBindValue(db::date(on));
    q.addBindValue(db::text(reason));
    q.addBindValue(recordId);
    return m_store.db().exec(q, "close residence record");
}

Status HouseholdRegistry::extendRecord(qint64 recordId, const QDate& newEnd) const
{
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_records SET to_date = ? WHERE id = ?"));
    q.addBindValue(db::date(newEnd));
    q.addBindValue(recordId);
    return m_store.db().exec(q, "extend residence record");
}

} // namespace motcua::residence
