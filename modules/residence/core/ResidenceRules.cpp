#include "ResidenceRules.h"

namespace motcua::residence {

int ResidenceRules::daysSinceBirthRegistration(const PersonData& person, const QDate& today)
{
    if (!person.birthRegisteredOn.isValid())
        return -1;
    return int(person.birthRegisteredOn.daysTo(today));
}

Status ResidenceRules::birthRegistration(const PersonData& person, const QDate& today, const QString& who)
{
    const QDate on = person.birthRegisteredOn;
    if (!on.isValid())
        return Status::ok();
    if (person.dateOfBirth.isValid() && on < person.dateOfBirth)
        return {Status::Code::InputRejected,
                tr("The birth of %1 cannot be registered before the date of birth.").arg(who)};
    if (on > today)
        return {Status::Code::InputRejected, tr("The birth registration date of %1 is in the future.").arg(who)};
    return Status::ok();
}

QStringList ResidenceRules::intakeWarnings(const CaseIntake& in, const QDate& today)
{
    QStringList out;
    if (in.procedure != Procedure::PermanentRegistration)
        return out;
    QList<PersonData> subjects{in.declarant};
    for (const MovingMember& m : in.members)
        subjects << m.person;
    for (const PersonData& p : subjects) {
        const int days = daysSinceBirthRegistration(p, today);
        if (days > kNewbornDays)
            out << tr("%1: permanent residence is registered %2 days after the birth registration (%3); the law "
                      "asks for it within %4 days. The file is received; the late registration may be subject to "
                      "an administrative penalty (Decree 282/2025/NĐ-CP).")
                       .arg(p.fullName)
                       .arg(days)
                       .arg(p.birthRegisteredOn.toString(QStringLiteral("dd/MM/yyyy")))
                       .arg(kNewbornDays);
    }
    return out;
}

Status ResidenceRules::temporaryStay(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Status::ok(); // InputChecks::period reports those
    const qint64 days = from.daysTo(to);
    if (days < kTemporaryMinDays)
        return {Status::Code::InputRejected,
                tr("Temporary residence is registered for living %1 days or more at the place (Law on Residence, "
                   "art. 27); this stay is %2 days. A shorter stay is an accommodation notice.")
                    .arg(kTemporaryMinDays)
                    .arg(days)};
    return Status::ok();
}

} // namespace motcua::residence
