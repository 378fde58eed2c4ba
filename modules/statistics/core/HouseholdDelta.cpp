#include "HouseholdDelta.h"

#include "AggregateDelta.h"
#include "SqliteStatement.h"
#include "Varint.h"
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
// An arena entry (see HouseholdDelta::kHeader): the change, the key's length, the key.
std::string_view keyOf(const char* entry)
{
    std::uint32_t length = 0;
    std::memcpy(&length, entry + 4, 4);
    return {entry + 8, length};
}
qint32 changeOf(const char* entry)
{
    qint32 change = 0;
    std::memcpy(&change, entry, 4);
    return change;
}
void setChange(char* entry, qint32 change)
{
    std::memcpy(entry, &change, 4);
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
            setChange(at(offset), sign);
            m_slots[i] = offset + 1;
            ++m_size;
            return;
        }
        char* entry = at(slot - 1);
        if (keyOf(entry) == key) {
            setChange(entry, changeOf(entry) + sign);
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
        std::size_t i = hashOf(keyOf(at(slot - 1))) & mask;
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

namespace householdblob {

QByteArray encode(const Members& members)
{
    QByteArray blob;
    for (const auto& [household, n] : members) {
        varint::put(blob, household.size());
        blob.append(household.data(), qsizetype(household.size()));
        varint::put(blob, quint64(n));
    }
    return blob;
}

bool decode(QByteArrayView blob, Members* out)
{
    out->clear();
    const char* p = blob.data();
    const char* end = p + blob.size();
    while (p < end) {
        quint64 length = 0, n = 0;
        if (!varint::get(p, end, &length) || length > quint64(end - p))
            return false;
        const std::string_view household(p, size_t(length));
        p += length;
        if (!varint::get(p, end, &n) || (!out->empty() && !(out->back().first < household)))
            return false; // households are sorted and unique
        out->emplace_back(household, qint64(n));
    }
    return true;
}

} // namespace householdblob

bool HouseholdDelta::flush(sqlite3* db, AggregateDelta& totals)
{
    endRun();
    if (m_size == 0)
        return true;
    SqliteStatement get(db, "SELECT members FROM stats_households WHERE ward = ?");
    SqliteStatement put(db, "INSERT OR REPLACE INTO stats_households(ward, members) VALUES(?, ?)");
    SqliteStatement drop(db, "DELETE FROM stats_households WHERE ward = ?");
    if (!get.isValid() || !put.isValid() || !drop.isValid())
        return false;

    // In key order, which is (ward, household) order; sorted as pointers straight into the arena.
    std::vector<const char*> entries;
    entries.reserve(m_size);
    for (const std::uint32_t slot : m_slots)
        if (slot != 0 && changeOf(at(slot - 1)) != 0)
            entries.push_back(at(slot - 1));
    std::sort(entries.begin(), entries.end(), [](const char* a, const char* b) { return keyOf(a) < keyOf(b); });

    // Ward by ward: the stored households merged with the changes. A household that gains members is new
    // when it was not stored (one household more); one whose members fall to zero goes (one less).
    householdblob::Members stored, merged;
    bool ok = true;
    for (std::size_t i = 0; ok && i < entries.size();) {
        const auto* b = reinterpret_cast<const unsigned char*>(keyOf(entries[i]).data());
        const int ward = int((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3]);
        get.bind(1, ward);
        const int rc = get.step();
        const QByteArray blob = rc == SQLITE_ROW ? get.blob(0) : QByteArray();
        get.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return false;
        householdblob::decode(blob, &stored);
        merged.clear();
        int gained = 0;
        auto s = stored.cbegin();
        for (; i < entries.size() && std::memcmp(keyOf(entries[i]).data(), b, 4) == 0; ++i) {
            const std::string_view household = keyOf(entries[i]).substr(4);
            const qint32 change = changeOf(entries[i]);
            for (; s != stored.cend() && s->first < household; ++s)
                merged.push_back(*s);
            const bool wasStored = s != stored.cend() && s->first == household;
            const qint64 before = wasStored ? (s++)->second : 0;
            const qint64 after = before + change;
            if (after > 0)
                merged.emplace_back(household, after);
            gained += (after > 0) - (before > 0);
        }
        merged.insert(merged.end(), s, stored.cend());
        SqliteStatement& write = merged.empty() ? drop : put;
        write.bind(1, ward);
        const QByteArray encoded = merged.empty() ? QByteArray() : householdblob::encode(merged);
        if (!merged.empty())
            write.bindStatic(2, encoded);
        ok = write.step() == SQLITE_DONE;
        write.reset();
        if (gained)
            totals.addHouseholds(ward, provinceOfWard(ward), gained);
    }
    clear();
    return ok;
}

} // namespace motcua::statistics
