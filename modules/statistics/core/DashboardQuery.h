#pragma once

#include "CrossFilterCube.h"
#include "PopulationSummary.h"
#include "Status.h"
#include "SummaryQuery.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace motcua::statistics {

/// Everything one dashboard refresh shows: the area's exact summary, residents per province for the map,
/// and the area's cross-filter cube (so that clicks need no query).
struct DashboardData
{
    AreaFilter area;
    int asOf = 0;
    PopulationSummary summary;
    QMap<QString, double> perProvince;
    CrossFilterCube cube;
};

/// Reads DashboardData from the aggregate tables. Made for a worker thread: run() opens its own connection
/// to the database file, so the window's connection is never used off its thread.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::DashboardQuery)
public:
    static Result<DashboardData> run(const QString& databasePath, const AreaFilter& area, int asOf);
    /// The same on an open connection (tests, benchmark).
    static Result<DashboardData> run(Database& db, const AreaFilter& area, int asOf);
};

} // namespace motcua::statistics
