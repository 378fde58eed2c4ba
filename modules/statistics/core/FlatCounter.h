#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

namespace motcua::statistics {

/// Counts per 64-bit key in one flat table (open addressing, linear probing): no allocation per key,
/// which matters when every resident of an import adds to several counters. Key ~0 is reserved.
class FlatCounter
{
public:
    void add(quint64 key, qint64 n)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            Slot& s = m_slots[i];
            if (s.first == key) {
                s.second += n;
                return;
            }
            if (s.first == kEmpty) {
                s = {key, n};
                ++m_size;
                return;
            }
        }
    }
    std::size_t size() const { return m_size; }
    /// Makes the table start at the largest power-of-two size within `bytes` (at least 1024 slots).
    void setInitialBytes(std::size_t bytes)
    {
        m_initialSlots = 1024;
        while (m_initialSlots * 2 * sizeof(Slot) <= bytes)
            m_initialSlots *= 2;
    }
    /// True when the table is 70% full: a few thousand more keys still fit before it would grow.
    bool nearlyFull() const { return m_size * 10 > m_slots.size() * 7; }
    bool empty() const { return m_size == 0; }
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }
    /// The entries sorted by key, sorted in the table's own memory (no copy); the counter is empty after.
    std::vector<std::pair<quint64, qint64>> takeSorted()
    {
        std::vector<Slot> v = std::move(m_slots);
        v.erase(std::remove_if(v.begin(), v.end(), [](const Slot& s) { return s.first == kEmpty; }), v.end());
        std::sort(v.begin(), v.end());
        clear();
        return v;
    }

private:
    static constexpr quint64 kEmpty = ~quint64(0);
    using Slot = std::pair<quint64, qint64>; // key, count

    static std::size_t hash(quint64 k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        return std::size_t(k);
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<std::size_t>(m_initialSlots, old.size() * 2), Slot{kEmpty, 0});
        m_size = 0;
        for (const Slot& s : old)
            if (s.first != kEmpty)
                add(s.first, s.second);
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
    std::size_t m_initialSlots = 1024;
};

} // namespace motcua::statistics
