#pragma once

#include "PopulationSummary.h"
#include "Status.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace motcua {
class Database;
}

namespace motcua::statistics {

/// What the operator clicked on the dashboard; every set member narrows the other charts.
struct CrossFilter
{
    std::optional<int> sex;     // 0 M, 1 F
    std::optional<int> ageBand; // 0 … 16
    std::optional<QString> ethnicity;
    std::optional<QString> religion;
    std::optional<int> residence; // 0 permanent, 1 temporary
    bool isEmpty() const { return !sex && !ageBand && !ethnicity && !religion && !residence; }
};

/// The dashboard's cross-filter data: the aggregate cube of one area, held in memory so that each
/// click is recomputed without a query. Age is by birth year here (a click filter needs no day
/// precision); the unfiltered view comes from SummaryQuery, which is exact to the day.
class CrossFilterCube
{
public:
    struct Row
    {
        qint32 n;
        qint16 birthYear;
        quint16 eth, rel;
        quint8 sex, residence, card;
    };
    /// Loads the cube of `areaKey` (see AreaFilter::areaKey()).
    Status load(Database& db, int areaKey);
    std::size_t rowCount() const { return m_rows.size(); }
    /// Counts of the rows that pass `filter`, ages counted in the year of `asOf` (yyyymmdd).
    PopulationSummary apply(const CrossFilter& filter, int asOf) const;

private:
    std::vector<Row> m_rows;
    QHash<int, QString> m_names;
};

} // namespace motcua::statistics
