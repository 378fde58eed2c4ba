#include "WriteRetry.h"

#include "Database.h"

#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace motcua::visitors {

bool WriteRetry::inTransaction(Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto* raw = *static_cast<sqlite3* const*>(handle.data());
    return raw && sqlite3_get_autocommit(raw) == 0;
}

Status WriteRetry::run(Database& db, const std::function<Status()>& work, int attempts)
{
    Status last;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(50 * attempt);
        const bool outermost = !inTransaction(db);
        Database::Transaction tx(db);
        // The foundation's transaction stays silent when BEGIN fails (busy): without this check the
        // statements would run one by one in autocommit mode.
        if (outermost && !inTransaction(db)) {
            last = Status::failed(tr("The database is busy (another desk is saving). Try again in a moment."));
            continue;
        }
        Status s = work();
        if (!s)
            return s; // a refusal or a real error: rolled back by tx, not retried
        last = tx.commit();
        if (last)
            return last;
    }
    return last;
}

} // namespace motcua::visitors
