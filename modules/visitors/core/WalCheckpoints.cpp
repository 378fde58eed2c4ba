#include "WalCheckpoints.h"

#include "Database.h"

namespace motcua::visitors {

Status WalCheckpoints::deferOn(Database& connection)
{
    return connection.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

Status WalCheckpoints::checkpoint(const QString& databasePath)
{
    auto db = Database::open(databasePath, false);
    if (!db)
        return db.status();
    return (*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace motcua::visitors
