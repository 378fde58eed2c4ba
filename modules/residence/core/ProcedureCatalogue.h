#pragma once

#include "ResidenceTypes.h"

#include <QCoreApplication>

namespace motcua {
class WorkingCalendar;
}

namespace motcua::residence {

/// One row of the procedures table (Decree 154/2024, fees Circular 75/2022).
struct ProcedureInfo
{
    Procedure procedure;
    QString key;           // stable text key stored in the database ("permanent_registration")
    QString code;          // national catalogue code, empty for the confirmation
    int halfDays;          // deadline in half working days (0.5 day = 1)
    int halfDaysNotInDb;   // confirmation/declaration when the data is not in the database; else = halfDays
    int feeInPerson;       // VND
    int feeOnline;         // VND
    int feeByListInPerson; // VND per person (temporary registration by list), 0 otherwise
    int feeByListOnline;
};

/// The procedures catalogue, deadlines and fees.
class ProcedureCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::ProcedureCatalogue)

public:
    static const QList<ProcedureInfo>& all();
    static const ProcedureInfo& info(Procedure p);
    static QString key(Procedure p) { return info(p).key; }
    static std::optional<Procedure> fromKey(const QString& key);
    /// Translated name ("Permanent residence registration").
    static QString displayName(Procedure p);
    static QString channelKey(Channel c);
    static std::optional<Channel> channelFromKey(const QString& key);
    static QString channelName(Channel c);

    /// Fee for the case (per person × persons when by list).
    static int fee(Procedure p, Channel c, bool byList, int persons);

    /// When the result is due for a file received at `receivedAt` (the time the file was complete).
    /// Whole days: the effective receipt day is `receivedAt`'s date when it is a working day, otherwise the next
    /// working day; due at 17:00 on the n-th working day after it. Half a day (confirmation with data in the
    /// database): a file received on a working day before 12:00 is due at 17:00 the same day; otherwise at 12:00
    /// of the next working day.
    static QDateTime dueAt(const WorkingCalendar& calendar, Procedure p, bool inDatabase, const QDateTime& receivedAt);
};

} // namespace motcua::residence
