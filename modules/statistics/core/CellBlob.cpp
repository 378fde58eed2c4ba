#include "CellBlob.h"

#include "Varint.h"

namespace motcua::statistics::cellblob {

QByteArray encode(const Cells& cells)
{
    QByteArray blob;
    blob.reserve(qsizetype(cells.size()) * 4);
    quint64 previous = 0;
    for (const auto& [key, n] : cells) {
        varint::put(blob, key - previous);
        varint::put(blob, (quint64(n) << 1) ^ quint64(n >> 63)); // zigzag: small negatives stay small
        previous = key;
    }
    return blob;
}

bool decode(QByteArrayView blob, Cells* out)
{
    out->clear();
    out->reserve(size_t(blob.size() / 3));
    const char* p = blob.data();
    const char* end = p + blob.size();
    quint64 key = 0;
    while (p < end) {
        quint64 step = 0, zigzag = 0;
        if (!varint::get(p, end, &step) || !varint::get(p, end, &zigzag) || (!out->empty() && step == 0))
            return false; // keys strictly increase
        key += step;
        out->emplace_back(key, qint64(zigzag >> 1) ^ -qint64(zigzag & 1));
    }
    return true;
}

Cells decode(QByteArrayView blob)
{
    Cells cells;
    decode(blob, &cells);
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

Table::Table(sqlite3* db)
    : m_select(db, "SELECT cells FROM stats_cells WHERE slot = ?"),
      m_replace(db, "INSERT OR REPLACE INTO stats_cells(slot, cells) VALUES(?, ?)"),
      m_delete(db, "DELETE FROM stats_cells WHERE slot = ?")
{}

bool Table::read(int area, Kind kind, Cells* out)
{
    out->clear();
    if (!m_select.isValid())
        return false;
    m_select.bind(1, slot(area, kind));
    const int rc = m_select.step();
    if (rc == SQLITE_ROW) {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_select.get(), 0));
        decode(QByteArrayView(data, sqlite3_column_bytes(m_select.get(), 0)), out);
    }
    m_select.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool Table::write(int area, Kind kind, const Cells& cells)
{
    SqliteStatement& s = cells.empty() ? m_delete : m_replace;
    if (!s.isValid())
        return false;
    s.bind(1, slot(area, kind));
    const QByteArray blob = cells.empty() ? QByteArray() : encode(cells);
    if (!cells.empty())
        s.bindStatic(2, blob);
    const bool ok = s.step() == SQLITE_DONE;
    s.reset();
    return ok;
}

bool read(sqlite3* db, int area, Kind kind, Cells* out)
{
    return Table(db).read(area, kind, out);
}

} // namespace motcua::statistics::cellblob
