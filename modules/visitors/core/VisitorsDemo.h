#pragma once

#include "Status.h"
#include "VisitorsEnvironment.h"

#include <QList>

namespace motcua::visitors {

/// Demo visits for a fresh demo database: two weeks of check-ins and check-outs through the real service
/// (sealed profiles, badge numbers, logbook, audit), and a few visitors still inside, so that every page
/// (inside now, logbook, history, statistics) shows something. Deterministic; invented people only.
Status seedDemoVisits(const VisitorsEnvironment& env, const QList<qint64>& hostIds);

} // namespace motcua::visitors
