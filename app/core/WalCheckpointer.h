#pragma once

#include "Database.h"
#include "Status.h"

#include <QString>

#include <chrono>
#include <memory>

namespace motcua {

/// When the background checkpoints run (the defaults are the GUI's; tests shorten them).
struct WalCheckpointPolicy
{
    std::chrono::milliseconds interval{60 * 1000};   // a passive checkpoint this often
    std::chrono::milliseconds retryAfter{5 * 1000};  // sooner again after one that could not copy every frame
    std::chrono::milliseconds sizeCheck{2 * 1000};   // how often the WAL file's size is looked at
    qint64 walLimitBytes = qint64(16) * 1024 * 1024; // a WAL above this is checkpointed at once (and cut back)
};

/// Keeps SQLite's WAL checkpoints (copy the WAL into the database file, two fsyncs) out of the commits on the GUI
/// connection. By default the connection that commits runs the checkpoint every ~1000 pages, and that commit then
/// takes 5–40 ms instead of under 1 ms (bench_visitors: check-in p95 5.0 ms with it, 1.0 ms without). Instead the
/// GUI connection's automatic checkpoint is turned off, a worker thread with a connection of its own runs a passive
/// checkpoint every minute (sooner when the WAL grows past the limit, and again after a few seconds when readers or
/// writers kept it from copying every frame), and shutdown() empties the WAL on the way out.
class WalCheckpointer
{
public:
    /// Turns the automatic checkpoint off on `connection` (other connections keep theirs), bounds the WAL file it
    /// leaves behind, and starts the worker. `connection` must outlive this object.
    static Result<std::unique_ptr<WalCheckpointer>> start(Database& connection, WalCheckpointPolicy policy = {});
    ~WalCheckpointer(); // stops the worker (no final checkpoint)
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /// Stops the worker, then a TRUNCATE checkpoint on the GUI connection (a PASSIVE one when another connection
    /// keeps the WAL busy), so the WAL file is empty when the workstation closes.
    Result<WalCheckpointCounts> shutdown();

    /// Checkpoints the worker completed (every frame copied) and the ones it will retry.
    int completedCheckpoints() const;
    int incompleteCheckpoints() const;
    /// The counts of the worker's latest checkpoint.
    WalCheckpointCounts lastCounts() const;

private:
    WalCheckpointer(Database& connection, WalCheckpointPolicy policy);
    void run();
    void stopWorker();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
