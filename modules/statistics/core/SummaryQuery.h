#pragma once

#include "PopulationSummary.h"
#include "Status.h"

#include <QCoreApplication>

namespace motcua {
class Database;
}

namespace motcua::statistics {

/// The area a query covers: the whole country, one province or one ward (codes as integers).
struct AreaFilter
{
    int provinceCode = 0; // 0: every province
    int wardCode = 0;     // 0: every ward of the province
    int areaKey() const;
};

/// Reads a PopulationSummary from the aggregate tables only; it never touches the person table, so its
/// cost depends on the number of distinct birth dates and codes, not on the number of residents.
/// Age bands of the country and of a province are exact to the day of the as-of date. A ward keeps ages by
/// birth year and month (see AggregateDelta), so a ward's bands are those at the end of the as-of month:
/// a resident whose birthday falls later in that month already counts with the new age.
class SummaryQuery
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::SummaryQuery)
public:
    explicit SummaryQuery(Database& db) : m_db(db) {}
    /// `asOf` as yyyymmdd. InputRejected for unknown codes or a ward outside the province.
    Result<PopulationSummary> run(const AreaFilter& area, int asOf);

private:
    Database& m_db;
};

} // namespace motcua::statistics
