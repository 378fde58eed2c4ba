#include "InputChecks.h"

#include "AdminUnits.h"
#include "DeletionGrounds.h"
#include "ResidenceRules.h"
#include "fallback/IdNumberValidator.h"

namespace motcua::residence {

namespace {
Status rejected(const QString& message)
{
    return {Status::Code::InputRejected, message};
}
} // namespace

Status InputChecks::idNumber(const QString& idNumber, const QDate& dateOfBirth, const QString& sex, const QString& who)
{
    if (idNumber.size() != 12 || !std::all_of(idNumber.begin(), idNumber.end(), [](QChar c) { return c.isDigit(); }))
        return rejected(tr("The ID number of %1 must have exactly 12 digits.").arg(who));
    if (!card::IdNumberValidator::validate(idNumber))
        return rejected(tr("The ID number of %1 does not start with a known province code.").arg(who));
    if (dateOfBirth.isValid() && !sex.isEmpty() && !card::IdNumberValidator::validate(idNumber, dateOfBirth, sex))
        return rejected(tr("The ID number of %1 does not match the date of birth and sex (4th digit: century and "
                           "sex, 5th–6th digits: year of birth).")
                            .arg(who));
    return Status::ok();
}

Status InputChecks::person(const PersonData& p, const QDate& today, const QString& who)
{
    if (p.fullName.trimmed().isEmpty())
        return rejected(tr("Enter the full name of %1.").arg(who));
    if (!p.dateOfBirth.isValid())
        return rejected(tr("Enter a valid date of birth for %1.").arg(who));
    if (p.dateOfBirth > today)
        return rejected(tr("The date of birth of %1 is in the future.").arg(who));
    if (p.sex != QLatin1String("M") && p.sex != QLatin1String("F"))
        return rejected(tr("Choose the sex of %1.").arg(who));
    if (Status s = ResidenceRules::birthRegistration(p, today, who); !s)
        return s;
    return idNumber(p.idNumber, p.dateOfBirth, p.sex, who);
}

Status InputChecks::address(const Address& a)
{
    const Commune* commune = AdminUnits::instance().commune(a.communeCode);
    if (!AdminUnits::instance().province(a.provinceCode) || !commune || commune->provinceCode != a.provinceCode)
        return rejected(tr("Choose the province and the commune of the address."));
    if (a.street.trimmed().isEmpty() && a.houseNumber.trimmed().isEmpty())
        return rejected(tr("Enter the street or the house number of the address."));
    return Status::ok();
}

Status InputChecks::period(const QDate& from, const QDate& to, int maxDays)
{
    if (!from.isValid() || !to.isValid())
        return rejected(tr("Enter the start and the end of the period."));
    if (to < from)
        return rejected(tr("The period ends before it starts."));
    if (maxDays > 0 && from.daysTo(to) > maxDays)
        return rejected(tr("The period is longer than allowed (at most %1 days).").arg(maxDays));
    return Status::ok();
}

Status InputChecks::corrections(const CaseIntake& in, const QDate& today)
{
    if (in.corrections.isEmpty())
        return rejected(tr("Enter the data to correct."));
    // The corrected person must still be a valid person (the ID number consistent with the new birth date and sex).
    PersonData corrected = in.declarant;
    for (auto it = in.corrections.begin(); it != in.corrections.end(); ++it) {
        const QString value = it.value().toString().trimmed();
        if (it.key() == QLatin1String("full_name"))
            corrected.fullName = value;
        else if (it.key() == QLatin1String("date_of_birth"))
            corrected.dateOfBirth = QDate::fromString(value, Qt::ISODate);
        else if (it.key() == QLatin1String("sex"))
            corrected.sex = value;
        else if (it.key() == QLatin1String("ethnicity") || it.key() == QLatin1String("religion")) {
            if (value.isEmpty())
                return rejected(tr("Enter the corrected value."));
        } else
            return rejected(tr("The field \"%1\" cannot be corrected.").arg(it.key()));
    }
    return person(corrected, today, tr("the declarant"));
}

Status InputChecks::deletionGround(const CaseIntake& in)
{
    if (!DeletionGrounds::isDeletion(in.procedure))
        return Status::ok();
    if (in.deletionGround.isEmpty())
        return rejected(tr("Choose the legal ground for the deletion (Law on Residence, art. %1).")
                            .arg(in.procedure == Procedure::PermanentDeletion ? 24 : 29));
    if (!DeletionGrounds::find(in.procedure, in.deletionGround))
        return rejected(
            tr("\"%1\" is not a ground for this deletion; choose one from the list.").arg(in.deletionGround));
    return Status::ok();
}

Status InputChecks::intake(const CaseIntake& in, const QDate& today)
{
    if (Status s = person(in.declarant, today, tr("the declarant")); !s)
        return s;
    for (int i = 0; i < in.members.size(); ++i) {
        const QString who = tr("member %1").arg(i + 1);
        if (Status s = person(in.members[i].person, today, who); !s)
            return s;
        if (in.members[i].relationship.trimmed().isEmpty())
            return rejected(tr("Enter the relationship of %1 to the household head.").arg(who));
        if (in.members[i].person.idNumber == in.declarant.idNumber)
            return rejected(tr("The declarant is listed again among the members moving together."));
    }
    if (!in.headIdNumber.isEmpty())
        if (Status s = idNumber(in.headIdNumber, {}, {}, tr("the household head")); !s)
            return s;
    for (const Consent* c : {&in.headConsent, &in.ownerConsent}) {
        if (c->kind == ConsentKind::VNeID && c->vneidReference.trimmed().isEmpty())
            return rejected(tr("Enter the VNeID consent reference."));
        if (c->kind != ConsentKind::None && c->name.trimmed().isEmpty())
            return rejected(tr("Enter the name of the person who consents."));
    }
    switch (in.procedure) {
    case Procedure::PermanentRegistration:
        if (in.householdId && in.headConsent.kind == ConsentKind::None)
            return rejected(tr("Joining a household needs the consent of the household head (on paper or VNeID)."));
        return address(in.address);
    case Procedure::TemporaryRegistration:
        if (Status s = period(in.periodFrom, in.periodTo, 2 * 366); !s)
            return s;
        if (in.periodTo > in.periodFrom.addYears(2))
            return rejected(tr("Temporary residence is registered for two years at most."));
        if (Status s = ResidenceRules::temporaryStay(in.periodFrom, in.periodTo); !s)
            return s;
        return address(in.address);
    case Procedure::TemporaryExtension:
        if (!in.periodTo.isValid())
            return rejected(tr("Enter the new end of the temporary residence."));
        return Status::ok();
    case Procedure::TemporaryAbsence:
        if (in.destination.trimmed().isEmpty())
            return rejected(tr("Enter the destination of the temporary absence."));
        return period(in.periodFrom, in.periodTo, 0);
    case Procedure::HouseholdSplit:
        if (!in.householdId)
            return rejected(tr("Choose the household to split."));
        if (in.headConsent.kind == ConsentKind::None)
            return rejected(tr("A household split needs the consent of the household head (on paper or VNeID)."));
        return Status::ok();
    case Procedure::Correction:
        return corrections(in, today);
    case Procedure::Declaration:
        return address(in.address);
    case Procedure::PermanentDeletion:
    case Procedure::TemporaryDeletion:
        return deletionGround(in);
    case Procedure::Confirmation:
        return Status::ok();
    }
    return Status::ok();
}

} // namespace motcua::residence
