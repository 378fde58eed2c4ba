#pragma once

#include "FlatCounter.h"

#include <QtGlobal>

#include <unordered_map>
#include <vector>

struct sqlite3;

namespace motcua::statistics {

/// Changes to the aggregate tables collected in memory and written in one pass: an import of millions of
/// residents touches far fewer aggregate rows than it has residents, so the tables see one write per
/// distinct key (one blob per area for the fine cells), in key order, instead of writes per resident.
///
/// Per resident only what cannot be derived later is counted: the ward's cube cell, the ward's card year
/// and ages (by birth year and month for the ward, stored as dob = yyyymm00; by exact date for the
/// province). Ethnicity, religion and residence margins and the totals are summed from the cube when
/// written, and provinces and the country from their wards.
///
/// Two levels: ward-level changes grow with the number of residents and are written (spilled) whenever
/// they take more memory than the limit; province and country changes stay small and are written once,
/// by flush().
class AggregateDelta
{
public:
    /// One resident entering (sign +1) or leaving (sign -1) the counts, at ward, province and country level.
    struct Person
    {
        int ward, province, sex, dob, eth, rel, residence, cardIssued;
    };
    void add(const Person& p, int sign);
    /// Households of `ward`/`province` gained (+) or lost (-) `n`.
    void addHouseholds(int ward, int province, int n);

    /// The birth key a ward-level age row uses for a date of birth: its year and month (yyyymm00).
    static int wardBirthKey(int dob) { return dob / 100 * 100; }

    /// With a memory limit (bytes), the ward-level tables are sized for it once and never grow past it:
    /// isLarge() tells when they are nearly full and spillWards() must run. 0: no limit, tables grow.
    void setLimit(std::size_t bytes);
    bool isLarge() const;
    /// Writes the ward-level changes (inside the caller's transaction), keeping their sums for the levels
    /// above; false on error.
    bool spillWards(sqlite3* db);
    /// Writes every change and clears; false on error.
    bool flush(sqlite3* db);
    void clear();

    using Cells = std::vector<std::pair<quint64, qint64>>;

private:
    struct Totals
    {
        qint64 n = 0, households = 0, cards = 0;
    };
    using TotalsMap = std::unordered_map<int, Totals>;
    std::vector<qint32>& provinceAges(int area);
    static bool writeMargins(sqlite3* db, const Cells& margins);
    static bool writeTotals(sqlite3* db, const TotalsMap& totals);

    // Ward level (area = ward code).
    FlatCounter m_cube;     // key: ward << 44 | cube cell
    FlatCounter m_wardAges; // key: ward << 28 | sex << 27 | yyyymm00
    FlatCounter m_margins;  // key: ward << 40 | dim << 32 | value
    TotalsMap m_totals;
    // Province and country level.
    std::unordered_map<int, std::vector<qint32>> m_exactAges; // province area → [sex][day slot]
    FlatCounter m_agesAbove;                                  // birth dates outside the dense range
    FlatCounter m_cubeAbove, m_marginsAbove;
    TotalsMap m_totalsAbove;
    int m_lastProvince = -1;
    std::vector<qint32>* m_lastProvinceAges = nullptr; // an entry of m_exactAges (nodes do not move)
    std::size_t m_limit = 0;
};

} // namespace motcua::statistics
