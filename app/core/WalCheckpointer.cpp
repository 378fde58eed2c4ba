#include "WalCheckpointer.h"

#include "Logging.h"

#include <QFileInfo>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace motcua {

using SteadyClock = std::chrono::steady_clock;

struct WalCheckpointer::Private
{
    Database& connection;
    WalCheckpointPolicy policy;
    QString path;
    std::thread worker;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    WalCheckpointCounts last;
    std::atomic<int> completed{0};
    std::atomic<int> incomplete{0};

    Private(Database& c, WalCheckpointPolicy p) : connection(c), policy(p), path(c.path()) {}
};

WalCheckpointer::WalCheckpointer(Database& connection, WalCheckpointPolicy policy)
    : d(std::make_unique<Private>(connection, policy))
{}

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(Database& connection, WalCheckpointPolicy policy)
{
    if (Status s = connection.setAutoCheckpoint(0); !s)
        return s;
    // When a writer restarts the WAL from its beginning, the file is cut back to the limit instead of keeping the
    // largest size it ever reached.
    if (Status s = connection.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(policy.walLimitBytes)); !s)
        return s;
    std::unique_ptr<WalCheckpointer> c(new WalCheckpointer(connection, policy));
    c->d->worker = std::thread([p = c.get()] { p->run(); });
    return c;
}

WalCheckpointer::~WalCheckpointer()
{
    stopWorker();
}

void WalCheckpointer::stopWorker()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    if (d->worker.joinable())
        d->worker.join();
}

void WalCheckpointer::run()
{
    // A connection of its own, opened, used and closed on this thread.
    auto db = Database::open(d->path, false);
    if (!db) {
        qCWarning(lcDatabase) << "WAL checkpoints: cannot open a worker connection" << db.status().details();
        return;
    }
    const QString wal = d->path + QStringLiteral("-wal");
    SteadyClock::time_point due = SteadyClock::now() + d->policy.interval;
    qint64 walBytesChecked = -1;
    std::unique_lock lock(d->mutex);
    while (!d->stopping) {
        d->wake.wait_until(lock, std::min(due, SteadyClock::now() + d->policy.sizeCheck),
                           [this] { return d->stopping; });
        if (d->stopping)
            break;
        // Over the limit and grown since the last checkpoint (a WAL already copied keeps its size until a writer
        // starts it over, and copying nothing again is pointless).
        const qint64 walBytes = QFileInfo(wal).size();
        const bool tooLarge = walBytes > d->policy.walLimitBytes && walBytes != walBytesChecked;
        if (SteadyClock::now() < due && !tooLarge)
            continue;
        walBytesChecked = walBytes;
        lock.unlock();
        // PASSIVE never waits: with a reader on an old snapshot or a writer mid-commit it copies what it can.
        Result<WalCheckpointCounts> counts = (*db)->checkpoint(Database::CheckpointMode::Passive);
        lock.lock();
        if (counts && counts->complete()) {
            d->last = *counts;
            ++d->completed;
            due = SteadyClock::now() + d->policy.interval;
        } else {
            if (counts)
                d->last = *counts;
            ++d->incomplete;
            qCDebug(lcDatabase) << "WAL checkpoint incomplete, retrying in" << d->policy.retryAfter.count() << "ms";
            due = SteadyClock::now() + d->policy.retryAfter;
        }
    }
    lock.unlock();
    db->reset();
}

Result<WalCheckpointCounts> WalCheckpointer::shutdown()
{
    stopWorker();
    Result<WalCheckpointCounts> counts = d->connection.checkpoint(Database::CheckpointMode::Truncate);
    if (!counts || counts->busy)
        counts = d->connection.checkpoint(Database::CheckpointMode::Passive);
    return counts;
}

int WalCheckpointer::completedCheckpoints() const
{
    return d->completed;
}

int WalCheckpointer::incompleteCheckpoints() const
{
    return d->incomplete;
}

WalCheckpointCounts WalCheckpointer::lastCounts() const
{
    std::lock_guard lock(d->mutex);
    return d->last;
}

} // namespace motcua
