#pragma once

#include "Status.h"

#include <QTime>

namespace motcua {
class Database;
}

namespace motcua::visitors {

/// The module's settings, kept in the database so every desk on it follows the same rules.
struct VisitorsSettings
{
    QTime autoSignOutTime = QTime(23, 59);
    int visitRetentionDays = 90;
    int profileRetentionDays = 180;

    /// Reads the stored values; a missing or out-of-range value gives the default.
    static VisitorsSettings load(const Database& db);
    Status save(Database& db) const;
};

} // namespace motcua::visitors
