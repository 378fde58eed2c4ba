#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <sqlite3.h>

namespace motcua::statistics {

/// The SQLite handle under a Qt SQL connection. Bulk import and the aggregate queries step millions of
/// rows; QSqlQuery's per-value QVariant costs more than the work itself there, so those paths (and only
/// those) use prepared sqlite3 statements on the same connection and transaction.
sqlite3* sqliteHandle(QSqlDatabase& db);

/// A prepared statement that finalizes itself.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& o) noexcept : m_stmt(o.m_stmt), m_db(o.m_db) { o.m_stmt = nullptr; }
    SqliteStatement& operator=(SqliteStatement&& o) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QByteArray& v)
    {
        sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    void bindText(int i, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    /// Without a copy: `v` must stay unchanged until the statement is reset.
    void bindStatic(int i, const QByteArray& v)
    {
        sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
    }
    void bindTextStatic(int i, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    /// SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    QByteArray blob(int col) const;
    QString text(int col) const;
    QString errorText() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};

/// Runs one statement without results; false on error.
bool sqliteExec(sqlite3* db, const char* sql);

} // namespace motcua::statistics
