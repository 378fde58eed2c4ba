#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace motcua::statistics {

/// The ID numbers a bulk import has seen (those already stored and those of the file so far): an
/// open-addressing hash set at most 3/4 full. A 12-digit ID number is below 2^40, so a slot takes 5 bytes
/// and 10 M IDs take 80 MB.
/// It replaces the unique index during the import: checking an ID is a memory probe instead of a
/// B-tree descent into pages that no longer fit the cache.
class IdSet
{
public:
    explicit IdSet(std::size_t expected = 0) { rehash(slotsFor(expected)); }

    /// True when `id` (below 10^12) was new (it is in the set now); false when it was there already.
    bool insert(std::uint64_t id)
    {
        if ((m_size + 1) * 4 > slotCount() * 3)
            rehash(slotCount() * 2);
        return place(m_slots, id + 1); // 0 marks an empty slot
    }
    std::size_t size() const { return m_size; }
    /// Frees the memory.
    void clear()
    {
        std::vector<unsigned char>().swap(m_slots);
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
    static constexpr std::size_t kSlotBytes = 5;
    std::size_t slotCount() const { return m_slots.size() / kSlotBytes; }
    static std::uint64_t keyAt(const std::vector<unsigned char>& table, std::size_t i)
    {
        std::uint64_t key = 0;
        std::memcpy(&key, table.data() + i * kSlotBytes, kSlotBytes); // little-endian, as on x86 and ARM
        return key;
    }
    bool place(std::vector<unsigned char>& table, std::uint64_t key)
    {
        const std::size_t mask = table.size() / kSlotBytes - 1;
        for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
            const std::uint64_t here = keyAt(table, i);
            if (here == key)
                return false;
            if (here == 0) {
                std::memcpy(table.data() + i * kSlotBytes, &key, kSlotBytes);
                ++m_size;
                return true;
            }
        }
    }
    void rehash(std::size_t count)
    {
        std::vector<unsigned char> bigger(count * kSlotBytes, 0);
        m_size = 0;
        for (std::size_t i = 0; i < slotCount(); ++i)
            if (const std::uint64_t key = keyAt(m_slots, i))
                place(bigger, key);
        m_slots.swap(bigger);
    }

    std::vector<unsigned char> m_slots;
    std::size_t m_size = 0;
};

} // namespace motcua::statistics
