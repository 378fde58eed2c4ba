#pragma once

#include <QtGlobal>

#include <unordered_map>

struct sqlite3;

namespace motcua::statistics {

/// Changes to the aggregate tables collected in memory and written in one pass per batch: a batch of
/// 100,000 residents touches far fewer aggregate rows than it has residents, so the tables see one
/// upsert per distinct key instead of one per resident.
class AggregateDelta
{
public:
    /// One resident entering (sign +1) or leaving (sign -1) the counts, at ward, province and country level.
    struct Person
    {
        int ward, province, sex, dob, eth, rel, residence, cardIssued;
    };
    void add(const Person& p, int sign);
    /// A household of `ward`/`province` gained its first member (+1) or lost its last one (-1).
    void addHousehold(int ward, int province, int sign);

    bool isEmpty() const { return m_age.empty() && m_total.empty(); }
    std::size_t distinctKeys() const { return m_age.size() + m_marg.size() + m_cube.size() + m_total.size(); }
    /// Writes every change with upserts (inside the caller's transaction) and clears; false on error.
    bool flush(sqlite3* db);
    void clear();

private:
    struct Totals
    {
        qint64 n = 0, households = 0, cards = 0;
    };
    std::unordered_map<quint64, qint64> m_age;
    std::unordered_map<quint64, qint64> m_marg;
    std::unordered_map<quint64, qint64> m_cube;
    std::unordered_map<int, Totals> m_total;
};

} // namespace motcua::statistics
