#include "WorkQueue.h"

#include "CaseService.h"
#include "CaseWorkflow.h"
#include "Clock.h"
#include "Database.h"
#include "DbValues.h"
#include "ProcedureCatalogue.h"
#include "Session.h"

namespace motcua::residence {

namespace {
QList<CaseState> runningStates()
{
    QList<CaseState> out;
    for (CaseState s : CaseWorkflow::states())
        if (CaseWorkflow::isRunning(s))
            out << s;
    return out;
}
QList<CaseState> openStates()
{
    QList<CaseState> out;
    for (CaseState s : CaseWorkflow::states())
        if (CaseWorkflow::isOpen(s))
            out << s;
    return out;
}
} // namespace

Result<QueueCounts> WorkQueue::counts(const Session& session) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    const QDateTime now = m_store.env().clock->now();
    QueueCounts c;
    QSqlQuery q = m_store.db().query();
    // One pass over the open cases (index on state, due_at).
    q.prepare(QStringLiteral("SELECT procedure, assigned_to, state, due_at FROM residence_cases WHERE state IN "
                             "('received', 'completion_requested', 'resubmitted', 'under_review')"));
    if (Status s = m_store.db().exec(q, "count work queue"); !s)
        return s;
    const QString nowText = db::time(now);
    const QString endOfDay = db::time(QDateTime(now.date().addDays(1), QTime(0, 0)));
    while (q.next()) {
        ++c.open;
        c.openByProcedure[q.value(0).toString()] += 1;
        c.openByOfficer[q.value(1).toString()] += 1;
        const auto state = CaseWorkflow::fromKey(q.value(2).toString());
        if (!state || !CaseWorkflow::isRunning(*state))
            continue;
        const QString due = q.value(3).toString();
        if (due < nowText)
            ++c.overdue;
        else if (due < endOfDay)
            ++c.dueToday;
    }
    return c;
}

Result<QList<CaseSummary>> WorkQueue::dueToday(const Session& session, const QString& officer) const
{
    CaseFilter f;
    f.states = runningStates();
    f.dueOn = m_store.env().clock->today();
    f.assignedTo = officer;
    auto all = CaseService(m_store).find(session, f);
    if (!all)
        return all;
    QList<CaseSummary> out;
    for (const CaseSummary& c : *all)
        if (!c.overdue)
            out << c;
    return out;
}

Result<QList<CaseSummary>> WorkQueue::overdue(const Session& session, const QString& officer) const
{
    CaseFilter f;
    f.overdueOnly = true;
    f.assignedTo = officer;
    f.limit = 1000;
    return CaseService(m_store).find(session, f);
}

Result<QList<CaseSummary>> WorkQueue::byProcedure(const Session& session, Procedure procedure) const
{
    CaseFilter f;
    f.states = openStates();
    f.procedure = procedure;
    f.limit = 1000;
    return CaseService(m_store).find(session, f);
}

Result<QList<CaseSummary>> WorkQueue::byOfficer(const Session& session, const QString& officer) const
{
    CaseFilter f;
    f.states = openStates();
    f.assignedTo = officer;
    f.limit = 1000;
    return CaseService(m_store).find(session, f);
}

} // namespace motcua::residence
