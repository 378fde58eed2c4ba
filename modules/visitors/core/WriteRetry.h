#pragma once

#include "Status.h"

#include <QCoreApplication>

#include <functional>

namespace motcua {
class Database;
}

namespace motcua::visitors {

/// Runs `work` inside one BEGIN IMMEDIATE transaction and commits it. When another desk holds the
/// write lock past the busy timeout, the whole unit is run again (a few times, with a pause), so a
/// check-in is delayed, never lost or half-written.
class WriteRetry
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::WriteRetry)

public:
    static Status run(Database& db, const std::function<Status()>& work, int attempts = 5);
    /// True when the connection is inside a transaction (the BEGIN really happened).
    static bool inTransaction(Database& db);
};

} // namespace motcua::visitors
