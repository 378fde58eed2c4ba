#pragma once

#include "FlatCounter.h"

#include <QtGlobal>

#include <unordered_map>
#include <vector>

struct sqlite3;

namespace motcua::statistics {

/// Changes to the aggregate tables collected in memory and written in one pass: an import of millions of
/// residents touches far fewer aggregate rows than it has residents, so the tables see one upsert per
/// distinct key, in key order, instead of several index writes per resident.
///
/// Ages go into dense arrays (no hashing): by exact date of birth for provinces and the country, by birth
/// year and month for wards (stored as dob = yyyymm00). Keeping exact dates per ward would mean one
/// aggregate row per resident, as many index writes as the person table itself.
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

    /// True when the hashed parts have grown enough that they should be written out before going on.
    bool isLarge() const { return m_cube.size() + m_marg.size() + m_ageOther.size() > kLargeKeys; }
    /// Writes every change with upserts (inside the caller's transaction) and clears; false on error.
    bool flush(sqlite3* db);
    void clear();

private:
    static constexpr std::size_t kLargeKeys = 1000000;
    struct Totals
    {
        qint64 n = 0, households = 0, cards = 0;
    };
    void addAge(int area, int sex, int birthKey, bool exact, int sign);
    void rollUp();

    std::unordered_map<int, std::vector<qint32>> m_exactAge; // province/country area → [sex][day slot]
    std::unordered_map<int, std::vector<qint32>> m_monthAge; // ward → [sex][month slot]
    std::unordered_map<quint64, qint64> m_ageOther;          // birth dates outside the dense range
    FlatCounter m_marg;
    FlatCounter m_cube;
    std::unordered_map<int, Totals> m_total;
};

} // namespace motcua::statistics
