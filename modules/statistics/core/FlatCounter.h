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
            if (s.key == key) {
                s.n += n;
                return;
            }
            if (s.key == kEmpty) {
                s = {key, n};
                ++m_size;
                return;
            }
        }
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }
    /// The entries sorted by key.
    std::vector<std::pair<quint64, qint64>> sorted() const
    {
        std::vector<std::pair<quint64, qint64>> v;
        v.reserve(m_size);
        for (const Slot& s : m_slots)
            if (s.key != kEmpty)
                v.emplace_back(s.key, s.n);
        std::sort(v.begin(), v.end());
        return v;
    }

private:
    static constexpr quint64 kEmpty = ~quint64(0);
    struct Slot
    {
        quint64 key = kEmpty;
        qint64 n = 0;
    };
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
        m_slots.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{});
        m_size = 0;
        for (const Slot& s : old)
            if (s.key != kEmpty)
                add(s.key, s.n);
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace motcua::statistics
