#include "DashboardQuery.h"

#include "Database.h"

namespace motcua::statistics {

Result<DashboardData> DashboardQuery::run(const QString& databasePath, const AreaFilter& area, int asOf)
{
    auto db = Database::open(databasePath, false);
    if (!db)
        return db.status();
    return run(**db, area, asOf);
}

Result<DashboardData> DashboardQuery::run(Database& db, const AreaFilter& area, int asOf)
{
    DashboardData d;
    d.area = area;
    d.asOf = asOf;
    SummaryQuery query(db);
    Result<PopulationSummary> r = query.run(area, asOf);
    if (!r)
        return r.status();
    d.summary = *r;
    // The map always shows every province, whatever area is selected.
    Result<PopulationSummary> country = area.provinceCode || area.wardCode ? query.run({}, asOf) : r;
    if (country)
        for (auto it = country->byProvince.cbegin(); it != country->byProvince.cend(); ++it)
            d.perProvince.insert(it.key(), double(it.value()));
    if (Status s = d.cube.load(db, area.areaKey()); !s)
        return s;
    return d;
}

} // namespace motcua::statistics
