#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace motcua::statistics {

class AggregateDelta;

/// The households of one ward as stored (stats_households, one row per ward): sorted by household ID,
/// each as varint(length), the ID's bytes, varint(members). Rows never hold a household without members.
namespace householdblob {
using Members = std::vector<std::pair<std::string_view, qint64>>; // views into the decoded blob
QByteArray encode(const Members& members);
/// False (with the households before the damage) for a damaged blob.
bool decode(QByteArrayView blob, Members* out);
} // namespace householdblob

/// Member-count changes per household, collected in memory and written ward by ward (one blob per ward,
/// instead of a row per household or a statement per resident); writing tells which households appeared or
/// emptied, and those go into the household totals.
///
/// The keys (ward + household ID) live back to back in an arena of 1 MB blocks and a flat hash table points
/// into it: no allocation per household and no copying as it grows, about 30 bytes each.
class HouseholdDelta
{
public:
    void add(int ward, const QByteArray& household, int sign);
    /// With a memory limit (bytes), the table is sized for it once and isLarge() tells when it is nearly full
    /// or the arena has used its share: flush() before going on. 0: no limit, the table grows.
    void setLimit(std::size_t bytes);
    bool isLarge() const;
    /// Applies the changes to stats_households and the household counts to `totals`; false on error.
    bool flush(sqlite3* db, AggregateDelta& totals);
    void clear();

private:
    static constexpr std::size_t kBlockBytes = std::size_t(1) << 20;
    // An entry in the arena: the change (int32) and the key length (uint32), then the key: the ward as 4
    // big-endian bytes (so keys sort by ward first) and the household ID.
    static constexpr std::size_t kHeader = 8;
    void endRun();
    void grow();
    /// Room for an entry of `bytes`; its offset (block × 1 MB + position) goes into the table.
    std::uint32_t allocate(std::size_t bytes);
    char* at(std::uint32_t offset) { return m_blocks[offset / kBlockBytes].data() + offset % kBlockBytes; }

    // Members of a household usually follow each other in a file: a run of the same household is
    // counted here and goes into the table once.
    int m_runWard = 0;
    QByteArray m_runHousehold;
    qint32 m_runSign = 0;
    std::string m_key;
    std::vector<std::vector<char>> m_blocks;
    std::size_t m_used = 0;             // bytes used in the last block
    std::vector<std::uint32_t> m_slots; // arena offset + 1 of each entry; 0 marks an empty slot
    std::size_t m_size = 0;
    std::size_t m_initialSlots = 1024;
    std::size_t m_limit = 0;
};

} // namespace motcua::statistics
