#pragma once

#include "VisitorTypes.h"
#include "VisitorsStore.h"

#include <QCoreApplication>

namespace motcua::visitors {

/// The duty logbook (sổ trực ban): every desk event and the operators' remarks, by day and shift.
class DutyLogbook
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::DutyLogbook)

public:
    explicit DutyLogbook(const VisitorsStore& store) : m_store(store) {}

    /// Shift of a time of day: 1 (06:00–13:59), 2 (14:00–21:59), 3 (22:00–05:59, counted to the day it began).
    static int shiftOf(const QTime& time);
    static QDate shiftDayOf(const QDateTime& at);
    static QString shiftName(int shift);

    /// Records an event of the desk (inside the caller's transaction).
    Status record(const QString& kind, qint64 visitId, const QString& operatorName, const QString& remark = {});
    Status addRemark(const Session& session, const QString& remark);
    /// The entries of one day, all shifts when `shift` is 0.
    QList<LogbookEntry> entries(const QDate& day, int shift = 0) const;
    static QString kindLabel(const QString& kind);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
