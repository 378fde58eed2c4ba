#include "CodeBook.h"

#include "SqliteStatement.h"

namespace motcua::statistics {

Status CodeBook::load(sqlite3* db)
{
    for (auto& m : m_codes)
        m.clear();
    for (Last& l : m_last)
        l = {};
    m_names.clear();
    SqliteStatement q(db, "SELECT id, kind, name FROM stats_code");
    if (!q.isValid())
        return Status::failed(QStringLiteral("statistics: cannot read the code table"));
    while (q.step() == SQLITE_ROW) {
        const int id = int(q.int64(0));
        const int kind = int(q.int64(1));
        if (kind == Ethnicity || kind == Religion)
            m_codes[kind].insert(q.text(2), id);
        m_names.insert(id, q.text(2));
    }
    return Status::ok();
}

int CodeBook::code(sqlite3* db, Kind kind, const QString& name)
{
    // Rows hand over the same shared string again and again (see ResidentValidator): compared first.
    Last& last = m_last[kind];
    if (last.code >= 0 && last.name == name)
        return last.code;
    const int found = lookup(db, kind, name);
    if (found >= 0)
        last = {name, found};
    return found;
}

int CodeBook::lookup(sqlite3* db, Kind kind, const QString& name)
{
    const auto it = m_codes[kind].constFind(name);
    if (it != m_codes[kind].constEnd())
        return *it;
    SqliteStatement q(db, "INSERT INTO stats_code(kind, name) VALUES(?, ?)");
    q.bind(1, kind);
    q.bindText(2, name.toUtf8());
    if (q.step() != SQLITE_DONE)
        return -1;
    const int id = int(sqlite3_last_insert_rowid(db));
    m_codes[kind].insert(name, id);
    m_names.insert(id, name);
    return id;
}

} // namespace motcua::statistics
