#pragma once

#include "VisitorsSettings.h"
#include "VisitorsStore.h"

#include <QCoreApplication>

namespace motcua::visitors {

struct PurgeReport
{
    int visits = 0;
    int profiles = 0;
    int invitations = 0;
    int logbookLines = 0;
};

/// Deletes what is older than the retention periods: visits (and their logbook lines, used invitations),
/// then profiles not seen for longer and with no visit left. Each purge is one audited transaction.
/// Meant for a worker thread with its own connection (it may delete many rows).
class RetentionPurge
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::RetentionPurge)

public:
    explicit RetentionPurge(const VisitorsStore& store) : m_store(store) {}
    Result<PurgeReport> run(const Session& session, const VisitorsSettings& settings);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
