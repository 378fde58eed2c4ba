#include "RegistryUpdater.h"

#include "Clock.h"
#include "Database.h"
#include "DbValues.h"
#include "DeletionGrounds.h"
#include "HouseholdRegistry.h"
#include "InputChecks.h"
#include "PersonRegistry.h"
#include "PopulationService.h"

namespace motcua::residence {

namespace {
Status rejected(const QString& message)
{
    return {Status::Code::InputRejected, message};
}

/// Registry id of an ID number, 0 when unknown (no permission check: inside the updater's transaction).
qint64 personIdOf(const ResidenceStore& store, const QString& idNumber)
{
    QSqlQuery q = store.db().query();
    q.prepare(QStringLiteral("SELECT id FROM residence_persons WHERE id_number = ?"));
    q.addBindValue(idNumber);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<PersonData> subjects(const CaseIntake& in)
{
    QList<PersonData> out{in.declarant};
    for (const MovingMember& m : in.members)
        out << m.person;
    return out;
}

/// What a deletion writes as the close reason of the record: the ground and its legal basis, then the details.
QString deletionReason(const CaseIntake& in)
{
    const auto ground = DeletionGrounds::find(in.procedure, in.deletionGround);
    QString text = ground ? DeletionGrounds::officialText(*ground) : QString();
    if (!in.reason.trimmed().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(". ")) + in.reason.trimmed();
    return text;
}
} // namespace

void RegistryUpdater::before(qint64 personId)
{
    if (!personId || m_touched.contains(personId))
        return;
    m_touched << personId;
    m_before << PopulationService::resident(m_store.db(), m_store.env().vault, personId);
}

void RegistryUpdater::collectAfter()
{
    m_changes.clear();
    for (int i = 0; i < m_touched.size(); ++i) {
        QVariantMap after = PopulationService::resident(m_store.db(), m_store.env().vault, m_touched[i]);
        if (after != m_before[i])
            m_changes.append({m_before[i], after});
    }
}

Status RegistryUpdater::precheck(const CaseIntake& in, const QDate& on) const
{
    HouseholdRegistry households(m_store);
    const qint64 declarant = personIdOf(m_store, in.declarant.idNumber);
    switch (in.procedure) {
    case Procedure::PermanentRegistration: {
        auto sameAddress = [&in](const Address& a) {
            return a.communeCode == in.address.communeCode && a.houseNumber == in.address.houseNumber.trimmed() &&
                   TextFolding::fold(a.street) == TextFolding::fold(in.address.street.trimmed());
        };
        for (const PersonData& p : subjects(in)) {
            const qint64 id = personIdOf(m_store, p.idNumber);
            auto rec = households.activeRecord(id, RecordKind::Permanent);
            if (!rec)
                return rec.status();
            if (rec->id && !sameAddress(rec->address))
                return rejected(tr("%1 is already permanently registered at %2. The deletion of that registration "
                                   "comes first.")
                                    .arg(p.fullName, rec->address.display()));
            if (rec->id)
                return rejected(tr("%1 is already permanently registered at this address.").arg(p.fullName));
        }
        if (in.householdId) {
            auto head = households.headOf(in.householdId);
            if (!head)
                return head.status();
            if (in.relationshipToHead.trimmed().isEmpty())
                return rejected(tr("Enter the declarant's relationship to the household head."));
        }
        return Status::ok();
    }
    case Procedure::PermanentDeletion:
    case Procedure::HouseholdSplit: {
        if (!declarant)
            return rejected(tr("%1 is not in the registry.").arg(in.declarant.fullName));
        qint64 household = in.householdId;
        if (in.procedure == Procedure::PermanentDeletion) {
            auto rec = households.activeRecord(declarant, RecordKind::Permanent);
            if (!rec)
                return rec.status();
            if (!rec->id)
                return rejected(tr("%1 has no permanent residence to delete.").arg(in.declarant.fullName));
            auto h = households.currentHousehold(declarant);
            if (!h)
                return h.status();
            household = *h;
        }
        if (!household)
            return Status::ok();
        auto head = households.headOf(household);
        auto members = households.currentMembers(household);
        if (!head || !members)
            return !head ? head.status() : members.status();
        QList<qint64> leaving;
        for (const PersonData& p : subjects(in)) {
            const qint64 id = personIdOf(m_store, p.idNumber);
            const bool member = std::any_of(members->begin(), members->end(),
                                            [id](const HouseholdMember& m) { return m.personId == id; });
            if (!member)
                return rejected(tr("%1 is not a member of this household.").arg(p.fullName));
            leaving << id;
        }
        const int remaining = int(members->size()) - int(leaving.size());
        if (in.procedure == Procedure::HouseholdSplit && remaining <= 0)
            return rejected(tr("Nobody would stay in the household: this is not a split."));
        if (leaving.contains(*head) && remaining > 0) {
            const qint64 newHead = personIdOf(m_store, in.newHeadIdNumber);
            const bool stays = newHead && !leaving.contains(newHead) &&
                               std::any_of(members->begin(), members->end(),
                                           [newHead](const HouseholdMember& m) { return m.personId == newHead; });
            if (!stays)
                return rejected(tr("The household head is leaving: choose a new head among the members who stay."));
        }
        return Status::ok();
    }
    case Procedure::Correction:
        if (!declarant)
            return rejected(tr("%1 is not in the registry.").arg(in.declarant.fullName));
        return Status::ok();
    case Procedure::TemporaryRegistration:
        for (const PersonData& p : subjects(in)) {
            // Temporary residence is for living outside the commune of permanent residence (art. 27(1)).
            auto permanent = households.activeRecord(personIdOf(m_store, p.idNumber), RecordKind::Permanent);
            if (!permanent)
                return permanent.status();
            if (permanent->id && permanent->address.communeCode == in.address.communeCode)
                return rejected(tr("%1 is permanently registered in this commune (%2): temporary residence is "
                                   "registered only outside the commune of permanent residence.")
                                    .arg(p.fullName, permanent->address.display()));
            auto rec = households.activeRecord(personIdOf(m_store, p.idNumber), RecordKind::Temporary);
            if (!rec)
                return rec.status();
            if (rec->id)
                return rejected(tr("%1 already has a temporary residence until %2: ask for an extension instead.")
                                    .arg(p.fullName, rec->to.toString(QStringLiteral("dd/MM/yyyy"))));
        }
        return Status::ok();
    case Procedure::TemporaryExtension:
    case Procedure::TemporaryDeletion: {
        auto rec = households.activeRecord(declarant, RecordKind::Temporary);
        if (!rec)
            return rec.status();
        if (!rec->id)
            return rejected(tr("%1 has no temporary residence.").arg(in.declarant.fullName));
        if (in.procedure == Procedure::TemporaryDeletion)
            return Status::ok();
        if (on < rec->to.addDays(-15) || on > rec->to)
            return rejected(tr("An extension is filed in the last 15 days before the temporary residence ends "
                               "(%1).")
                                .arg(rec->to.toString(QStringLiteral("dd/MM/yyyy"))));
        if (in.periodTo <= rec->to || in.periodTo > rec->to.addYears(2))
            return rejected(tr("The new end must be after the current one and at most two years later."));
        return Status::ok();
    }
    case Procedure::TemporaryAbsence:
    case Procedure::Confirmation:
    case Procedure::Declaration:
        return Status::ok();
    }
    return Status::ok();
}

Status RegistryUpdater::apply(qint64 caseId, const CaseIntake& in, const QDate& on)
{
    if (Status s = precheck(in, on); !s)
        return s;
    // Nothing is deleted without a legal ground of the code list (also for files received before the list).
    if (Status s = InputChecks::deletionGround(in); !s)
        return s;
    m_touched.clear();
    m_before.clear();
    Status s;
    switch (in.procedure) {
    case Procedure::PermanentRegistration:
        s = permanentRegistration(caseId, in, on);
        break;
    case Procedure::PermanentDeletion:
        s = permanentDeletion(caseId, in, on);
        break;
    case Procedure::HouseholdSplit:
        s = householdSplit(caseId, in, on);
        break;
    case Procedure::Correction:
        s = correction(in);
        break;
    case Procedure::TemporaryRegistration:
        s = temporaryRegistration(caseId, in);
        break;
    case Procedure::TemporaryExtension:
        s = temporaryExtension(in, on);
        break;
    case Procedure::TemporaryDeletion:
        s = temporaryDeletion(in, on);
        break;
    case Procedure::TemporaryAbsence:
        s = temporaryAbsence(caseId, in);
        break;
    case Procedure::Declaration:
        s = declaration(caseId, in, on);
        break;
    case Procedure::Confirmation:
        break; // CT07 only: the registry does not change
    }
    if (s)
        collectAfter();
    return s;
}

Status RegistryUpdater::permanentRegistration(qint64 caseId, const CaseIntake& in, const QDate& on)
{
    PersonRegistry persons(m_store);
    HouseholdRegistry households(m_store);
    auto address = persons.addressId(in.address);
    if (!address)
        return address.status();
    qint64 household = in.householdId;
    QList<QPair<PersonData, QString>> people{{in.declarant, in.relationshipToHead}};
    for (const MovingMember& m : in.members)
        people.append({m.person, m.relationship});
    for (int i = 0; i < people.size(); ++i) {
        before(personIdOf(m_store, people[i].first.idNumber));
        auto id = persons.upsert(people[i].first);
        if (!id)
            return id.status();
        before(*id);
        // A temporary residence ends with the permanent registration; a household elsewhere is left.
        auto temporary = households.activeRecord(*id, RecordKind::Temporary);
        if (!temporary)
            return temporary.status();
        if (temporary->id)
            if (Status s = households.closeRecord(temporary->id, on, tr("permanent registration")); !s)
                return s;
        if (auto left = households.endMembership(*id, on); !left)
            return left.status();
        if (i == 0 && !household) {
            auto created = households.createHousehold(*id, *address, on);
            if (!created)
                return created.status();
            household = *created;
        } else if (Status s = households.addMember(household, *id, people[i].second, on); !s) {
            return s;
        }
        ResidenceRecord r;
        r.personId = *id;
        r.kind = RecordKind::Permanent;
        r.address.id = *address;
        r.householdId = household;
        r.from = on;
        r.caseId = caseId;
        if (auto rec = households.addRecord(r); !rec)
            return rec.status();
    }
    return Status::ok();
}

Status RegistryUpdater::permanentDeletion(qint64 caseId, const CaseIntake& in, const QDate& on)
{
    Q_UNUSED(caseId);
    HouseholdRegistry households(m_store);
    const qint64 newHead = personIdOf(m_store, in.newHeadIdNumber);
    for (const PersonData& p : subjects(in)) {
        const qint64 id = personIdOf(m_store, p.idNumber);
        before(id);
        before(newHead);
        auto rec = households.activeRecord(id, RecordKind::Permanent);
        if (!rec)
            return rec.status();
        if (!rec->id)
            return rejected(tr("%1 has no permanent residence to delete.").arg(p.fullName));
        if (Status s = households.closeRecord(rec->id, on, deletionReason(in)); !s)
            return s;
        auto household = households.currentHousehold(id);
        if (!household)
            return household.status();
        if (!*household)
            continue;
        auto head = households.headOf(*household);
        if (!head)
            return head.status();
        if (auto left = households.endMembership(id, on); !left)
            return left.status();
        auto remaining = households.currentMembers(*household);
        if (!remaining)
            return remaining.status();
        if (*head == id && !remaining->isEmpty()) {
            if (!newHead)
                return rejected(tr("The household head is leaving: choose a new head among the members who stay."));
            if (Status s = households.setHead(*household, newHead, on); !s)
                return s;
        }
        if (Status s = households.dissolveIfEmpty(*household, on); !s)
            return s;
    }
    return Status::ok();
}

Status RegistryUpdater::householdSplit(qint64 caseId, const CaseIntake& in, const QDate& on)
{
    HouseholdRegistry households(m_store);
    const qint64 source = in.householdId;
    auto head = households.headOf(source);
    if (!head)
        return head.status();
    QList<QPair<qint64, QString>> leaving;
    leaving.append({personIdOf(m_store, in.declarant.idNumber), QString()});
    for (const MovingMember& m : in.members)
        leaving.append({personIdOf(m_store, m.person.idNumber), m.relationship});
    const qint64 newHead = personIdOf(m_store, in.newHeadIdNumber);
    for (const auto& l : leaving)
        before(l.first);
    before(newHead);
    auto sourceRecord = households.activeRecord(leaving.first().first, RecordKind::Permanent);
    if (!sourceRecord)
        return sourceRecord.status();
    qint64 address = sourceRecord->address.id;
    if (!address) {
        QSqlQuery q = m_store.db().query();
        q.prepare(QStringLiteral("SELECT address_id FROM residence_households WHERE id = ?"));
        q.addBindValue(source);
        if (!q.exec() || !q.next())
            return Status::failed(tr("The household to split is not in the registry."));
        address = q.value(0).toLongLong();
    }
    for (const auto& l : leaving)
        if (auto left = households.endMembership(l.first, on); !left)
            return left.status();
    if (std::any_of(leaving.begin(), leaving.end(), [&](const auto& l) { return l.first == *head; }))
        if (Status s = households.setHead(source, newHead, on); !s)
            return s;
    auto created = households.createHousehold(leaving.first().first, address, on);
    if (!created)
        return created.status();
    for (int i = 1; i < leaving.size(); ++i)
        if (Status s = households.addMember(*created, leaving[i].first, leaving[i].second, on); !s)
            return s;
    // The permanent records follow the new household: old ones closed, new ones opened (history kept).
    for (const auto& l : leaving) {
        auto rec = households.activeRecord(l.first, RecordKind::Permanent);
        if (!rec)
            return rec.status();
        if (!rec->id)
            continue;
        if (Status s = households.closeRecord(rec->id, on, tr("household split")); !s)
            return s;
        ResidenceRecord r = *rec;
        r.householdId = *created;
        r.from = on;
        r.to = {};
        r.caseId = caseId;
        if (auto added = households.addRecord(r); !added)
            return added.status();
    }
    return Status::ok();
}

Status RegistryUpdater::correction(const CaseIntake& in)
{
    const qint64 id = personIdOf(m_store, in.declarant.idNumber);
    before(id);
    return PersonRegistry(m_store).correct(id, in.corrections);
}

Status RegistryUpdater::temporaryRegistration(qint64 caseId, const CaseIntake& in)
{
    PersonRegistry persons(m_store);
    HouseholdRegistry households(m_store);
    auto address = persons.addressId(in.address);
    if (!address)
        return address.status();
    for (const PersonData& p : subjects(in)) {
        before(personIdOf(m_store, p.idNumber));
        auto id = persons.upsert(p);
        if (!id)
            return id.status();
        before(*id);
        ResidenceRecord r;
        r.personId = *id;
        r.kind = RecordKind::Temporary;
        r.address.id = *address;
        r.householdId = in.householdId;
        r.from = in.periodFrom;
        r.to = in.periodTo;
        r.caseId = caseId;
        if (auto rec = households.addRecord(r); !rec)
            return rec.status();
    }
    return Status::ok();
}

Status RegistryUpdater::temporaryExtension(const CaseIntake& in, const QDate& on)
{
    Q_UNUSED(on);
    HouseholdRegistry households(m_store);
    const qint64 id = personIdOf(m_store, in.declarant.idNumber);
    before(id);
    auto rec = households.activeRecord(id, RecordKind::Temporary);
    if (!rec)
        return rec.status();
    return households.extendRecord(rec->id, in.periodTo);
}

Status RegistryUpdater::temporaryDeletion(const CaseIntake& in, const QDate& on)
{
    HouseholdRegistry households(m_store);
    for (const PersonData& p : subjects(in)) {
        const qint64 id = personIdOf(m_store, p.idNumber);
        before(id);
        auto rec = households.activeRecord(id, RecordKind::Temporary);
        if (!rec)
            return rec.status();
        if (!rec->id)
            return rejected(tr("%1 has no temporary residence.").arg(p.fullName));
        if (Status s = households.closeRecord(rec->id, on, deletionReason(in)); !s)
            return s;
    }
    return Status::ok();
}

Status RegistryUpdater::temporaryAbsence(qint64 caseId, const CaseIntake& in)
{
    PersonRegistry persons(m_store);
    HouseholdRegistry households(m_store);
    before(personIdOf(m_store, in.declarant.idNumber));
    auto id = persons.upsert(in.declarant);
    if (!id)
        return id.status();
    auto permanent = households.activeRecord(*id, RecordKind::Permanent);
    if (!permanent)
        return permanent.status();
    qint64 address = permanent->address.id;
    if (!address) {
        auto typed = persons.addressId(in.address);
        if (!typed || in.address.communeCode.isEmpty())
            return rejected(tr("Enter the address the person is absent from."));
        address = *typed;
    }
    ResidenceRecord r;
    r.personId = *id;
    r.kind = RecordKind::Absence;
    r.address.id = address;
    r.householdId = permanent->householdId;
    r.from = in.periodFrom;
    r.to = in.periodTo;
    r.caseId = caseId;
    r.destination = in.destination;
    auto rec = households.addRecord(r);
    return rec ? Status::ok() : rec.status();
}

Status RegistryUpdater::declaration(qint64 caseId, const CaseIntake& in, const QDate& on)
{
    PersonRegistry persons(m_store);
    HouseholdRegistry households(m_store);
    auto address = persons.addressId(in.address);
    if (!address)
        return address.status();
    for (const PersonData& p : subjects(in)) {
        before(personIdOf(m_store, p.idNumber));
        auto id = persons.upsert(p);
        if (!id)
            return id.status();
        ResidenceRecord r;
        r.personId = *id;
        r.kind = RecordKind::Declared;
        r.address.id = *address;
        r.from = on;
        r.caseId = caseId;
        if (auto rec = households.addRecord(r); !rec)
            return rec.status();
    }
    return Status::ok();
}

} // namespace motcua::residence
