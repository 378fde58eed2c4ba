#include "ProcedureCatalogue.h"

#include "WorkingCalendar.h"

namespace motcua::residence {

const QList<ProcedureInfo>& ProcedureCatalogue::all()
{
    // Deadlines in half working days; fees in VND (in person / online; by list per person).
    static const QList<ProcedureInfo> table = {
        {Procedure::PermanentRegistration, QStringLiteral("permanent_registration"), QStringLiteral("1.004222"), 14, 14,
         20000, 10000, 0, 0},
        {Procedure::PermanentDeletion, QStringLiteral("permanent_deletion"), QStringLiteral("1.003197"), 10, 10, 0, 0,
         0, 0},
        {Procedure::HouseholdSplit, QStringLiteral("household_split"), QStringLiteral("1.010038"), 10, 10, 10000, 5000,
         0, 0},
        {Procedure::Correction, QStringLiteral("correction"), QStringLiteral("1.010039"), 6, 6, 0, 0, 0, 0},
        {Procedure::TemporaryRegistration, QStringLiteral("temporary_registration"), QStringLiteral("1.004194"), 6, 6,
         15000, 7000, 10000, 5000},
        {Procedure::TemporaryExtension, QStringLiteral("temporary_extension"), QStringLiteral("1.002755"), 6, 6, 15000,
         7000, 10000, 5000},
        {Procedure::TemporaryDeletion, QStringLiteral("temporary_deletion"), QStringLiteral("1.010028"), 4, 4, 0, 0, 0,
         0},
        {Procedure::TemporaryAbsence, QStringLiteral("temporary_absence"), QStringLiteral("1.003677"), 2, 2, 0, 0, 0,
         0},
        {Procedure::Confirmation, QStringLiteral("confirmation"), QString(), 1, 6, 0, 0, 0, 0},
        {Procedure::Declaration, QStringLiteral("declaration"), QStringLiteral("1.010040"), 10, 60, 0, 0, 0, 0},
    };
    return table;
}

const ProcedureInfo& ProcedureCatalogue::info(Procedure p)
{
    return all().at(int(p));
}

std::optional<Procedure> ProcedureCatalogue::fromKey(const QString& key)
{
    for (const ProcedureInfo& i : all())
        if (i.key == key)
            return i.procedure;
    return std::nullopt;
}

QString ProcedureCatalogue::displayName(Procedure p)
{
    switch (p) {
    case Procedure::PermanentRegistration:
        return tr("Permanent residence registration");
    case Procedure::PermanentDeletion:
        return tr("Deletion of permanent residence");
    case Procedure::HouseholdSplit:
        return tr("Household split");
    case Procedure::Correction:
        return tr("Correction of residence data");
    case Procedure::TemporaryRegistration:
        return tr("Temporary residence registration");
    case Procedure::TemporaryExtension:
        return tr("Extension of temporary residence");
    case Procedure::TemporaryDeletion:
        return tr("Deletion of temporary residence");
    case Procedure::TemporaryAbsence:
        return tr("Temporary absence declaration");
    case Procedure::Confirmation:
        return tr("Confirmation of residence information");
    case Procedure::Declaration:
        return tr("Declaration of residence information");
    }
    return {};
}

QString ProcedureCatalogue::channelKey(Channel c)
{
    return c == Channel::Online ? QStringLiteral("online") : QStringLiteral("in_person");
}

std::optional<Channel> ProcedureCatalogue::channelFromKey(const QString& key)
{
    if (key == QLatin1String("online"))
        return Channel::Online;
    if (key == QLatin1String("in_person"))
        return Channel::InPerson;
    return std::nullopt;
}

QString ProcedureCatalogue::channelName(Channel c)
{
    return c == Channel::Online ? tr("Online") : tr("In person");
}

int ProcedureCatalogue::fee(Procedure p, Channel c, bool byList, int persons)
{
    const ProcedureInfo& i = info(p);
    const bool online = c == Channel::Online;
    if (byList && i.feeByListInPerson > 0)
        return (online ? i.feeByListOnline : i.feeByListInPerson) * qMax(1, persons);
    return online ? i.feeOnline : i.feeInPerson;
}

QDateTime ProcedureCatalogue::dueAt(const WorkingCalendar& calendar, Procedure p, bool inDatabase,
                                    const QDateTime& receivedAt)
{
    const ProcedureInfo& i = info(p);
    const int halfDays = inDatabase ? i.halfDays : i.halfDaysNotInDb;
    const QTime close(17, 0);
    const QTime noon(12, 0);
    const QDate day = receivedAt.date();
    const bool working = calendar.isWorkingDay(day);
    if (halfDays == 1) {
        // Half a day: a morning file on a working day is due this afternoon, an afternoon file the next noon, a
        // file from a non-working day (online) at the close of the next working day.
        if (working)
            return receivedAt.time() < noon ? QDateTime(day, close) : QDateTime(calendar.addWorkingDays(day, 1), noon);
        return QDateTime(calendar.addWorkingDays(day, 1), close);
    }
    // A file received on a non-working day (online) counts as received on the next working day.
    const QDate start = working ? day : calendar.addWorkingDays(day, 1);
    return QDateTime(calendar.addWorkingDays(start, (halfDays + 1) / 2), close);
}

} // namespace motcua::residence
