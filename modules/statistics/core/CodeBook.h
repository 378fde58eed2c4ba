#pragma once

#include "Status.h"

#include <QHash>
#include <QString>

struct sqlite3;

namespace motcua::statistics {

/// Numbers for ethnic group and religion names, so aggregates store small integers.
class CodeBook
{
public:
    enum Kind
    {
        Ethnicity = 1,
        Religion = 2
    };
    Status load(sqlite3* db);
    /// The number of `name`, adding it to stats_code when new (inside the caller's transaction).
    int code(sqlite3* db, Kind kind, const QString& name);
    QString name(int code) const { return m_names.value(code); }
    const QHash<int, QString>& names() const { return m_names; }
    /// Forget codes added since load(); for a rolled-back transaction.
    void discard(sqlite3* db) { (void)load(db); }

private:
    int lookup(sqlite3* db, Kind kind, const QString& name);
    struct Last
    {
        QString name;
        int code = -1;
    };
    Last m_last[3];
    QHash<QString, int> m_codes[3];
    QHash<int, QString> m_names;
};

} // namespace motcua::statistics
