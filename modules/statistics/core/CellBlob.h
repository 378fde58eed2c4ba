#pragma once

#include "SqliteStatement.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace motcua::statistics {

/// The fine-grained aggregates (ages by birth date, the cross-filter cube) of one area, stored as one BLOB
/// per area and kind in stats_cells: (key, count) entries sorted by key. An import then rewrites a few
/// thousand rows, one per area, instead of upserting millions of cells, and a query reads one row.
///
/// Encoding (schema version 3): per cell, the key's difference from the previous key and the count
/// (zigzag), both as LEB128 varints; 3-5 bytes a cell instead of 16, so blobs written again and again by a
/// large import cost a quarter of the I/O.
namespace cellblob {

using Cells = std::vector<std::pair<quint64, qint64>>;

enum Kind
{
    Age = 1,  // key: sex << 27 | date of birth (yyyymmdd; yyyymm00 for wards)
    Cube = 2, // key: see AggregateDelta (sex, birth year, ethnicity, religion, residence, card)
};
inline qint64 slot(int area, Kind kind)
{
    return qint64(area) * 4 + kind;
}
inline quint64 ageKey(int sex, int dob)
{
    return (quint64(sex) << 27) | quint64(dob);
}
inline int ageSex(quint64 key)
{
    return int((key >> 27) & 1);
}
inline int ageDob(quint64 key)
{
    return int(key & ((1u << 27) - 1));
}

/// A cube cell: sex (1 bit), birth year − 1800 (9), ethnicity and religion codes (16 each), residence, card.
inline quint64 cubeKey(int sex, int birthYear, int eth, int rel, int res, int card)
{
    return (quint64(sex) << 43) | (quint64(birthYear - 1800) << 34) | (quint64(eth) << 18) | (quint64(rel) << 2) |
           (quint64(res) << 1) | quint64(card);
}
struct CubeCell
{
    int sex, birthYear, eth, rel, res, card;
};
inline CubeCell cubeCell(quint64 k)
{
    return {int((k >> 43) & 1),      int((k >> 34) & 0x1ff) + 1800,
            int((k >> 18) & 0xffff), int((k >> 2) & 0xffff),
            int((k >> 1) & 1),       int(k & 1)};
}

QByteArray encode(const Cells& cells);
/// The cells of a blob; a damaged blob decodes up to the damage (and returns false).
bool decode(QByteArrayView blob, Cells* out);
Cells decode(QByteArrayView blob);
/// `cells` plus `delta` (both sorted by key); cells whose count becomes zero are dropped.
Cells merge(const Cells& cells, const Cells& delta);

/// Reads and writes the blobs with statements prepared once (an import writes thousands of areas).
class Table
{
public:
    explicit Table(sqlite3* db);
    /// The stored cells of (area, kind), empty when there are none; false on a storage error.
    bool read(int area, Kind kind, Cells* out);
    /// Replaces the stored cells of (area, kind); an empty set removes the row.
    bool write(int area, Kind kind, const Cells& cells);

private:
    SqliteStatement m_select, m_replace, m_delete;
};

/// One read through a Table of its own (queries read one or two areas).
bool read(sqlite3* db, int area, Kind kind, Cells* out);

} // namespace cellblob
} // namespace motcua::statistics
