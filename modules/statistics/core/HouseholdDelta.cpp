#include "HouseholdDelta.h"

#include "AggregateDelta.h"
#include "SqliteStatement.h"
#include "WardIndex.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace motcua::statistics {

namespace {
std::size_t hashOf(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}
/// The key of an arena entry (see kHeader).
std::string_view keyOf(const char* entry)
{
    std::uint32_t length = 0;
    std::memcpy(&length, entry + 4, 4);
    return {entry + 8, length};
}
} // namespace

void HouseholdDelta::setLimit(std::size_t bytes)
{
    // A quarter of the limit for the table (4 bytes a slot), the rest for the keys (about 27 bytes each).
    m_limit = bytes;
    m_initialSlots = 1024;
    while (m_initialSlots * 2 * sizeof(std::uint32_t) <= bytes / 4)
        m_initialSlots *= 2;
}

bool HouseholdDelta::isLarge() const
{
    return m_limit && (m_size * 10 > m_slots.size() * 7 || m_blocks.size() * kBlockBytes > m_limit * 3 / 4);
}

std::uint32_t HouseholdDelta::allocate(std::size_t bytes)
{
    if (m_blocks.empty() || m_used + bytes > kBlockBytes) {
        m_blocks.emplace_back(std::max(kBlockBytes, bytes));
        m_used = 0;
    }
    const std::size_t offset = (m_blocks.size() - 1) * kBlockBytes + m_used;
    m_used += bytes;
    return std::uint32_t(offset);
}

HouseholdDelta::Key HouseholdDelta::keyAt(std::uint32_t offset) const
{
    std::uint32_t length = 0;
    std::memcpy(&length, at(offset) + 4, 4);
    return {at(offset) + kHeader, length};
}

qint32 HouseholdDelta::changeAt(std::uint32_t offset) const
{
    qint32 change = 0;
    std::memcpy(&change, at(offset), 4);
    return change;
}

void HouseholdDelta::setChangeAt(std::uint32_t offset, qint32 change)
{
    std::memcpy(at(offset), &change, 4);
}

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
    const qint32 sign = m_runSign;
    m_runSign = 0;
    std::string& key = m_key; // reused: no allocation per household
    key.assign(4 + std::size_t(m_runHousehold.size()), '\0');
    key[0] = char(m_runWard >> 24);
    key[1] = char(m_runWard >> 16);
    key[2] = char(m_runWard >> 8);
    key[3] = char(m_runWard);
    std::copy(m_runHousehold.cbegin(), m_runHousehold.cend(), key.begin() + 4);

    if ((m_size + 1) * 4 > m_slots.size() * 3)
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hashOf(key) & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = m_slots[i];
        if (slot == 0) {
            const std::uint32_t offset = allocate(kHeader + key.size());
            const std::uint32_t length = std::uint32_t(key.size());
            std::memcpy(at(offset) + 4, &length, 4);
            std::memcpy(at(offset) + kHeader, key.data(), key.size());
            setChangeAt(offset, sign);
            m_slots[i] = offset + 1;
            ++m_size;
            return;
        }
        const Key k = keyAt(slot - 1);
        if (k.size == key.size() && std::memcmp(k.data, key.data(), k.size) == 0) {
            setChangeAt(slot - 1, changeAt(slot - 1) + sign);
            return;
        }
    }
}

void HouseholdDelta::grow()
{
    std::vector<std::uint32_t> table(std::max<std::size_t>(m_initialSlots, m_slots.size() * 2), 0);
    const std::size_t mask = table.size() - 1;
    for (const std::uint32_t slot : m_slots) {
        if (slot == 0)
            continue;
        const Key k = keyAt(slot - 1);
        std::size_t i = hashOf({k.data, k.size}) & mask;
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = slot;
    }
    m_slots.swap(table);
}

void HouseholdDelta::clear()
{
    std::vector<std::vector<char>>().swap(m_blocks);
    m_used = 0;
    std::vector<std::uint32_t>().swap(m_slots);
    m_size = 0;
    m_runSign = 0;
}

bool HouseholdDelta::flush(sqlite3* db, AggregateDelta& totals)
{
    endRun();
    if (m_size == 0)
        return true;
    // A household that gains members is added if new (it counts as a new household) or else grows; one that
    // loses members shrinks and, when empty, is deleted (one household less). Stored rows always have members.
    SqliteStatement addNew(db, "INSERT INTO stats_household(ward, household, members) VALUES(?,?,?)"
                               " ON CONFLICT DO NOTHING");
    SqliteStatement addMembers(db,
                               "UPDATE stats_household SET members = members + ?3 WHERE ward = ?1 AND household = ?2");
    SqliteStatement takeMembers(db,
                                "UPDATE stats_household SET members = members + ?3 WHERE ward = ?1 AND household = ?2"
                                " RETURNING members");
    SqliteStatement deleteEmpty(db, "DELETE FROM stats_household WHERE ward = ?1 AND household = ?2");
    if (!addNew.isValid() || !addMembers.isValid() || !takeMembers.isValid() || !deleteEmpty.isValid())
        return false;

    // In key order, which is (ward, household) order: the statements walk the table's B-tree front to back.
    // Sorted as pointers straight into the arena (8 bytes an entry while sorting).
    std::vector<const char*> entries;
    entries.reserve(m_size);
    for (const std::uint32_t slot : m_slots)
        if (slot != 0 && changeAt(slot - 1) != 0)
            entries.push_back(at(slot - 1));
    std::sort(entries.begin(), entries.end(), [](const char* a, const char* b) { return keyOf(a) < keyOf(b); });
    // Households gained or lost, summed per ward (the entries come ward by ward).
    int countedWard = -1;
    int counted = 0;
    auto countHouseholds = [&](int ward, int n) {
        if (ward != countedWard && counted != 0)
            totals.addHouseholds(countedWard, provinceOfWard(countedWard), counted);
        if (ward != countedWard)
            counted = 0;
        countedWard = ward;
        counted += n;
    };
    // Runs `s` for one household and returns its first step's result; the statement is reset by the caller.
    auto step = [](SqliteStatement& s, int ward, const Key& k, qint32 change) {
        s.bind(1, ward);
        sqlite3_bind_text(s.get(), 2, k.data + 4, int(k.size - 4), SQLITE_STATIC);
        if (change != 0)
            s.bind(3, change);
        return s.step();
    };
    bool ok = true;
    for (std::size_t i = 0; ok && i < entries.size(); ++i) {
        const std::string_view key = keyOf(entries[i]);
        const Key k{key.data(), key.size()};
        qint32 change = 0;
        std::memcpy(&change, entries[i], 4);
        const auto* b = reinterpret_cast<const unsigned char*>(k.data);
        const int ward = int((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3]);
        if (change > 0) {
            ok = step(addNew, ward, k, change) == SQLITE_DONE;
            const bool added = ok && sqlite3_changes(db) == 1;
            addNew.reset();
            if (added) {
                countHouseholds(ward, +1);
            } else if (ok) {
                ok = step(addMembers, ward, k, change) == SQLITE_DONE;
                addMembers.reset();
            }
            continue;
        }
        const int rc = step(takeMembers, ward, k, change);
        const qint64 after = rc == SQLITE_ROW ? takeMembers.int64(0) : 1; // SQLITE_DONE: not stored, nothing to take
        takeMembers.reset();
        ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
        if (ok && after <= 0) {
            ok = step(deleteEmpty, ward, k, 0) == SQLITE_DONE;
            deleteEmpty.reset();
            countHouseholds(ward, -1);
        }
    }
    countHouseholds(-1, 0); // the last ward's
    clear();
    return ok;
}

} // namespace motcua::statistics
