#include "HouseholdDelta.h"

#include "AggregateDelta.h"
#include "SqliteStatement.h"
#include "WardIndex.h"

#include <algorithm>
#include <vector>

namespace motcua::statistics {

void HouseholdDelta::add(int ward, const QByteArray& household, int sign)
{
    if (m_runSign != 0 && ward == m_runWard && household == m_runHousehold) {
        m_runSign += sign;
        return;
    }
    endRun();
    m_runWard = ward;
    m_runHousehold = household;
    m_runSign = sign;
}

void HouseholdDelta::endRun()
{
    if (m_runSign == 0)
        return;
    const int ward = m_runWard;
    const QByteArray& household = m_runHousehold;
    const int sign = m_runSign;
    m_runSign = 0;
    std::string key(4 + size_t(household.size()), '\0');
    key[0] = char(ward >> 24);
    key[1] = char(ward >> 16);
    key[2] = char(ward >> 8);
    key[3] = char(ward);
    std::copy(household.cbegin(), household.cend(), key.begin() + 4);
    m_members[key] += sign;
}

bool HouseholdDelta::flush(sqlite3* db, AggregateDelta& totals)
{
    endRun();
    if (m_members.empty())
        return true;
    SqliteStatement upsert(db, "INSERT INTO stats_household(ward, household, members) VALUES(?,?,?)"
                               " ON CONFLICT DO UPDATE SET members = members + excluded.members RETURNING members");
    if (!upsert.isValid())
        return false;
    // Key order is (ward, household) order: the upserts walk the table's B-tree front to back.
    std::vector<std::pair<std::string, qint32>> changes(m_members.begin(), m_members.end());
    std::sort(changes.begin(), changes.end());
    bool emptied = false;
    for (const auto& [key, delta] : changes) {
        if (!delta)
            continue;
        const auto* k = reinterpret_cast<const unsigned char*>(key.data());
        const int ward = int((quint32(k[0]) << 24) | (quint32(k[1]) << 16) | (quint32(k[2]) << 8) | k[3]);
        upsert.bind(1, ward);
        sqlite3_bind_text(upsert.get(), 2, key.data() + 4, int(key.size() - 4), SQLITE_STATIC);
        upsert.bind(3, delta);
        const bool ok = upsert.step() == SQLITE_ROW;
        const qint64 after = ok ? upsert.int64(0) : 0;
        upsert.reset();
        if (!ok)
            return false;
        const qint64 before = after - delta;
        if (before <= 0 && after > 0)
            totals.addHouseholds(ward, provinceOfWard(ward), +1);
        else if (before > 0 && after <= 0) {
            totals.addHouseholds(ward, provinceOfWard(ward), -1);
            emptied = true;
        }
    }
    m_members.clear();
    return !emptied || sqliteExec(db, "DELETE FROM stats_household WHERE members = 0");
}

} // namespace motcua::statistics
