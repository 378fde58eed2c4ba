#pragma once

#include "ResidenceStore.h"
#include "ResidenceTypes.h"

#include <QMap>

namespace motcua::residence {

/// Counts of the officers' work queue at one moment.
struct QueueCounts
{
    int dueToday = 0;
    int overdue = 0;
    int open = 0;
    QMap<QString, int> openByProcedure; // procedure key → open cases
    QMap<QString, int> openByOfficer;   // username → open cases
};

/// The work queue: cases due today, overdue, and open cases by procedure and by officer (residence.view).
class WorkQueue
{
public:
    explicit WorkQueue(const ResidenceStore& store) : m_store(store) {}

    Result<QueueCounts> counts(const Session& session) const;
    /// Open running cases due today (not yet overdue), soonest first; officer empty = all.
    Result<QList<CaseSummary>> dueToday(const Session& session, const QString& officer = {}) const;
    /// Open running cases past their due time; officer empty = all.
    Result<QList<CaseSummary>> overdue(const Session& session, const QString& officer = {}) const;
    Result<QList<CaseSummary>> byProcedure(const Session& session, Procedure procedure) const;
    Result<QList<CaseSummary>> byOfficer(const Session& session, const QString& officer) const;

private:
    const ResidenceStore& m_store;
};

} // namespace motcua::residence
