#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace motcua::statistics {

/// The ID numbers a bulk import has seen (those already stored and those of the file so far): an
/// open-addressing hash set of 64-bit keys, 8 bytes a slot and at most 3/4 full, so 10 M IDs take 128 MB.
/// It replaces the unique index during the import: checking an ID is a memory probe instead of a
/// B-tree descent into pages that no longer fit the cache.
class IdSet
{
public:
    explicit IdSet(std::size_t expected = 0) { rehash(slotsFor(expected)); }

    /// True when `id` was new (it is in the set now); false when it was there already.
    bool insert(std::uint64_t id)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            rehash(m_slots.size() * 2);
        return place(m_slots, id + 1); // 0 marks an empty slot
    }
    std::size_t size() const { return m_size; }
    /// Frees the memory.
    void clear()
    {
        std::vector<std::uint64_t>().swap(m_slots);
        m_size = 0;
    }

private:
    static std::size_t slotsFor(std::size_t expected)
    {
        std::size_t n = 1024;
        while (n * 3 < expected * 4)
            n *= 2;
        return n;
    }
    static std::size_t spread(std::uint64_t k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        return std::size_t(k);
    }
    bool place(std::vector<std::uint64_t>& table, std::uint64_t key)
    {
        const std::size_t mask = table.size() - 1;
        for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
            if (table[i] == key)
                return false;
            if (table[i] == 0) {
                table[i] = key;
                ++m_size;
                return true;
            }
        }
    }
    void rehash(std::size_t size)
    {
        std::vector<std::uint64_t> bigger(size, 0);
        m_size = 0;
        for (std::uint64_t key : m_slots)
            if (key != 0)
                place(bigger, key);
        m_slots.swap(bigger);
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_size = 0;
};

} // namespace motcua::statistics
