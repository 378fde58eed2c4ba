#include "CellBlob.h"

#include "SqliteStatement.h"

#include <QtEndian>

namespace motcua::statistics::cellblob {

namespace {
constexpr int kEntryBytes = 16;
}

QByteArray encode(const Cells& cells)
{
    QByteArray blob(qsizetype(cells.size()) * kEntryBytes, Qt::Uninitialized);
    char* p = blob.data();
    for (const auto& [key, n] : cells) {
        qToLittleEndian<quint64>(key, p);
        qToLittleEndian<qint64>(n, p + 8);
        p += kEntryBytes;
    }
    return blob;
}

Cells decode(const QByteArray& blob)
{
    Cells cells;
    cells.reserve(size_t(blob.size() / kEntryBytes));
    for (const char* p = blob.constData(); p + kEntryBytes <= blob.constData() + blob.size(); p += kEntryBytes)
        cells.emplace_back(qFromLittleEndian<quint64>(p), qFromLittleEndian<qint64>(p + 8));
    return cells;
}

Cells merge(const Cells& cells, const Cells& delta)
{
    Cells out;
    out.reserve(cells.size() + delta.size());
    auto a = cells.cbegin(), b = delta.cbegin();
    while (a != cells.cend() || b != delta.cend()) {
        std::pair<quint64, qint64> next;
        if (b == delta.cend() || (a != cells.cend() && a->first < b->first))
            next = *a++;
        else if (a == cells.cend() || b->first < a->first)
            next = *b++;
        else
            next = {a->first, (a++)->second + (b++)->second};
        if (next.second != 0)
            out.push_back(next);
    }
    return out;
}

bool read(sqlite3* db, int area, Kind kind, Cells* out)
{
    out->clear();
    SqliteStatement q(db, "SELECT cells FROM stats_cells WHERE slot = ?");
    if (!q.isValid())
        return false;
    q.bind(1, slot(area, kind));
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        *out = decode(q.blob(0));
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool write(sqlite3* db, int area, Kind kind, const Cells& cells)
{
    if (cells.empty()) {
        SqliteStatement del(db, "DELETE FROM stats_cells WHERE slot = ?");
        del.bind(1, slot(area, kind));
        return del.isValid() && del.step() == SQLITE_DONE;
    }
    SqliteStatement put(db, "INSERT OR REPLACE INTO stats_cells(slot, cells) VALUES(?, ?)");
    if (!put.isValid())
        return false;
    put.bind(1, slot(area, kind));
    put.bind(2, encode(cells));
    return put.step() == SQLITE_DONE;
}

} // namespace motcua::statistics::cellblob
