#include "ResidentImporter.h"

#include "BatchQueue.h"
#include "CsvReader.h"
#include "Database.h"
#include "PopulationStore.h"
#include "ResidentValidator.h"
#include "Vault.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <thread>
#include <vector>

namespace motcua::statistics {

namespace {
// Where an import's time goes, for tuning: QT_LOGGING_RULES="motcua.statistics.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "motcua.statistics.import", QtInfoMsg)

/// Milliseconds spent per phase of the storing thread.
struct PhaseTimes
{
    QElapsedTimer clock;
    qint64 waiting = 0, storing = 0, writing = 0, counts = 0, index = 0, commit = 0;
    qint64 lap() { return clock.restart(); }
};

constexpr std::size_t kBatchRows = 4096;
constexpr std::size_t kQueuedBatches = 8;
constexpr qint64 kProgressEvery = 20000;
constexpr qint64 kBytesPerRow = 90;
// Memory for counts and household changes collected between writes. With the ID set (80 MB at 10 M rows),
// the page cache (64 MB) and the rows in flight, a 10 M-resident import stays under 500 MB. The households
// of 10 M residents (about 3 M) fit, so they are written once, at the end, in key order: appends.
constexpr std::size_t kPendingCounts = std::size_t(96) << 20;
constexpr std::size_t kPendingHouseholds = std::size_t(128) << 20;

/// One record as the reading thread hands it over: a resident with its sealed fields, or a problem.
struct Row
{
    qint64 line = 0;
    Resident resident;
    QByteArray sealed;
    QString problem; // empty for a valid row
};
struct Batch
{
    std::vector<Row> rows;
    qint64 bytesRead = 0;
    qint64 records = 0;
    bool sealFailed = false;
};

/// Inside the import only: a bigger page cache keeps the households in memory (the ID index is dropped
/// meanwhile, see PopulationStore::beginBulk) and gives the final index sort its working memory.
/// WAL and the synchronous setting stay as they are, so the final commit is as durable as any other.
class CacheBoost
{
public:
    explicit CacheBoost(sqlite3* db) : m_db(db) { sqliteExec(m_db, "PRAGMA cache_size = -65536"); }
    ~CacheBoost() { sqliteExec(m_db, "PRAGMA cache_size = -2000"); }

private:
    sqlite3* m_db;
};
} // namespace

Status ResidentImporter::run(QIODevice* device, const ImportOptions& o, ImportReport* report)
{
    *report = {};
    CsvReader csv(device);
    ResidentValidator validator(o.today);
    auto reject = [&](qint64 line, const QString& why) {
        ++report->rejected;
        if (o.rejected)
            o.rejected(line, why);
    };

    // The header: the first record, which must name every column of the format.
    CsvReader::Outcome first = csv.next();
    if (first != CsvReader::Outcome::Record || !validator.readHeader(csv.fields())) {
        const QString why = first == CsvReader::Outcome::Error ? csv.error()
                            : first == CsvReader::Outcome::End ? tr("The file is empty.")
                                                               : validator.error();
        return {Status::Code::InputRejected, tr("Line 1: the header is wrong: %1").arg(why)};
    }
    report->warnings = validator.warnings();

    PopulationStore store(m_db, m_vault);
    if (Status s = store.open(); !s)
        return s;
    store.setPendingLimits(o.pendingLimit ? o.pendingLimit : kPendingCounts,
                           o.pendingLimit ? o.pendingLimit : kPendingHouseholds);
    CacheBoost boost(sqliteHandle(m_db.connection()));
    Database::Transaction tx(m_db);
    // Duplicate IDs are found in memory and the unique index is built again at the end (one sort instead of
    // a random B-tree descent per row); the set is sized from the file at about 90 bytes a row.
    if (Status s = store.beginBulk(device->isSequential() ? 0 : device->size() / kBytesPerRow); !s)
        return s;

    // Two stages: this thread reads, checks and seals rows; the calling thread, which owns the database
    // connection, stores them and counts them in memory. Rejections travel with the rows, so they are
    // reported on the calling thread.
    BatchQueue<Batch> queue(kQueuedBatches);
    std::unique_ptr<Vault::BulkSealer> sealer = m_vault->bulkSealer();
    if (!sealer)
        return Status::failed(tr("The residents could not be stored."));
    // Batches come back once stored and are filled again: the rows keep their buffers, so reading a row
    // mostly copies bytes into memory it already has instead of allocating.
    BatchQueue<Batch> spent(kQueuedBatches + 2);
    std::thread reader([&] {
        const QByteArray context = PopulationStore::sensitiveContext();
        Batch batch;
        std::size_t used = 0;
        qint64 records = 0;
        auto nextBatch = [&] {
            std::optional<Batch> again = spent.tryPop();
            batch = again ? std::move(*again) : Batch{};
            batch.bytesRead = batch.records = 0;
            batch.sealFailed = false;
            batch.rows.reserve(kBatchRows);
            used = 0;
        };
        auto handOver = [&] {
            batch.rows.resize(used);
            batch.bytesRead = csv.bytesRead();
            batch.records = records;
            const bool taken = queue.push(std::move(batch));
            nextBatch();
            return taken;
        };
        // Neighbouring rows (a household) mostly share ethnicity and religion: sealed text made once.
        QString lastEthnicity, lastReligion;
        QByteArray plaintext;
        nextBatch();
        for (;;) {
            const CsvReader::Outcome outcome = csv.next();
            if (outcome == CsvReader::Outcome::End)
                break;
            ++records;
            if (used == batch.rows.size())
                batch.rows.emplace_back();
            Row& row = batch.rows[used];
            row.line = csv.line();
            if (!row.problem.isNull())
                row.problem = QString();
            if (outcome == CsvReader::Outcome::Error) {
                row.problem = csv.error();
            } else {
                const auto& f = csv.fields();
                if (f.size() == 1 && f[0].isEmpty())
                    continue; // a blank line
                if (!validator.readRow(f, row.resident)) {
                    row.problem = validator.error();
                } else {
                    const Resident& r = row.resident;
                    if (plaintext.isNull() || r.ethnicity != lastEthnicity || r.religion != lastReligion) {
                        lastEthnicity = r.ethnicity;
                        lastReligion = r.religion;
                        plaintext = PopulationStore::sensitivePlaintext(r);
                    }
                    if (!sealer->seal(plaintext, context, &row.sealed)) {
                        batch.sealFailed = true;
                        break;
                    }
                }
            }
            if (++used == kBatchRows && !handOver())
                return; // the storing side stopped
        }
        handOver();
        queue.close();
    });

    Status result = Status::ok();
    // Cancel is honoured between batches and between the final writes, up to the commit.
    auto cancelled = [&] {
        if (!o.cancel || !o.cancel->load())
            return false;
        report->cancelled = true;
        result = Status::failed(tr("The import was cancelled; nothing was stored."));
        return true;
    };
    qint64 nextProgress = kProgressEvery, bytesRead = 0, records = 0;
    std::vector<std::pair<qint64, QString>> problems;
    PhaseTimes times;
    times.clock.start();
    while (std::optional<Batch> batch = queue.pop()) {
        times.waiting += times.lap();
        if (cancelled())
            break;
        if (batch->sealFailed) {
            result = Status::failed(tr("The residents could not be stored."));
            break;
        }
        // After the first rejected row of an all-or-nothing import, rows are still checked (so every
        // problem is reported at once) and stored only to find duplicates; the transaction is dropped.
        // Rows are stored and counted in file order, where the members of a household follow each other.
        problems.clear();
        for (const Row& row : batch->rows) {
            if (!row.problem.isEmpty()) {
                problems.emplace_back(row.line, row.problem);
                continue;
            }
            const PopulationStore::Insert outcome = store.storeSealed(row.resident, row.sealed);
            if (outcome == PopulationStore::Insert::Duplicate) {
                problems.emplace_back(row.line, tr("id_number is already in the database or earlier in the file."));
            } else if (outcome == PopulationStore::Insert::Failed || !store.countStored(row.resident)) {
                result = Status::failed(tr("The residents could not be stored."));
                break;
            } else {
                ++report->imported;
            }
        }
        for (const auto& [line, why] : problems)
            reject(line, why);
        times.storing += times.lap();
        if (result)
            result = store.flushIfLarge();
        times.writing += times.lap();
        if (!result)
            break;
        bytesRead = batch->bytesRead;
        records = batch->records;
        spent.tryPush(std::move(*batch)); // to be filled again (dropped when the reader has enough)
        if (records >= nextProgress) {
            nextProgress = (records / kProgressEvery + 1) * kProgressEvery;
            if (o.progress)
                o.progress(bytesRead, records);
        }
    }
    queue.close();
    reader.join();

    if (!result) {
        store.discard();
        return result;
    }
    if (report->rejected > 0 && !o.partial) {
        store.discard();
        report->imported = 0;
        return {Status::Code::InputRejected,
                tr("%n row(s) were rejected, so nothing was stored. Correct them, or import with --partial.", nullptr,
                   int(report->rejected))};
    }
    // The final writes: Cancel is honoured before each of them, and any failure leaves nothing stored.
    auto finish = [&]() -> Status {
        times.lap();
        if (cancelled())
            return result;
        if (Status s = store.flush(); !s)
            return s;
        times.counts = times.lap();
        if (cancelled())
            return result;
        if (Status s = store.endBulk(); !s)
            return s;
        times.index = times.lap();
        return tx.commit();
    };
    if (Status s = finish(); !s) {
        store.discard();
        if (report->cancelled)
            report->imported = 0;
        return s;
    }
    times.commit = times.lap();
    qCDebug(lcImport) << "rows" << report->imported << "ms: waiting for rows" << times.waiting << "storing"
                      << times.storing << "writing in between" << times.writing << "final counts" << times.counts
                      << "ID index" << times.index << "commit" << times.commit;
    if (o.progress)
        o.progress(bytesRead, records);
    return Status::ok();
}

} // namespace motcua::statistics
