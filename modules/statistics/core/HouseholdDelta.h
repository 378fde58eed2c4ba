#pragma once

#include <QByteArray>

#include <string>
#include <unordered_map>

struct sqlite3;

namespace motcua::statistics {

class AggregateDelta;

/// Member-count changes per household, collected in memory and written as one sorted upsert per household
/// (instead of one upsert per resident); writing tells which households appeared or emptied, and those
/// go into the household totals.
class HouseholdDelta
{
public:
    void add(int ward, const QByteArray& household, int sign);
    bool isLarge() const { return m_members.size() > kLargeKeys; }
    /// Applies the changes to stats_household and the household counts to `totals`; false on error.
    bool flush(sqlite3* db, AggregateDelta& totals);
    void clear()
    {
        m_members.clear();
        m_runSign = 0;
    }

private:
    static constexpr std::size_t kLargeKeys = 250000;
    void endRun();
    // Members of a household usually follow each other in a file: a run of the same household is
    // counted here and goes into the map once.
    int m_runWard = 0;
    QByteArray m_runHousehold;
    qint32 m_runSign = 0;
    std::unordered_map<std::string, qint32> m_members; // 4-byte big-endian ward + household id → change
};

} // namespace motcua::statistics
