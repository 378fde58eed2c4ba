#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::visitors {

/// Keeps SQLite's WAL checkpoints off the desk's check-in path. By default the connection that commits runs the
/// checkpoint (copy the WAL into the database, two fsyncs) every ~1000 pages — every ~30 check-ins — and that
/// check-in then takes 5–40 ms instead of under 1 ms (bench_visitors: p95 5.0 ms with, 1.0 ms without). The GUI
/// connection's auto-checkpoint is turned off and a worker checkpoints on its own connection instead.
class WalCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::WalCheckpoints)

public:
    /// Turns the automatic checkpoint off on this connection (other connections keep theirs).
    static Status deferOn(Database& connection);
    /// A passive checkpoint of the database file on a connection of its own (call from a worker thread); never
    /// waits for readers or writers.
    static Status checkpoint(const QString& databasePath);
};

} // namespace motcua::visitors
