#include "ResidentImporter.h"

#include "CsvReader.h"
#include "Database.h"
#include "PopulationStore.h"
#include "ResidentValidator.h"

namespace motcua::statistics {

namespace {
constexpr qint64 kFlushEvery = 100000;
constexpr qint64 kProgressEvery = 20000;

/// A bigger page cache while importing keeps the primary-key B-tree in memory; restored afterwards.
class CacheBoost
{
public:
    explicit CacheBoost(sqlite3* db) : m_db(db) { sqliteExec(m_db, "PRAGMA cache_size = -196608"); }
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
    CacheBoost boost(sqliteHandle(m_db.connection()));
    Database::Transaction tx(m_db);
    Resident r;
    qint64 rows = 0;
    for (;;) {
        const CsvReader::Outcome outcome = csv.next();
        if (outcome == CsvReader::Outcome::End)
            break;
        ++rows;
        if (rows % kProgressEvery == 0) {
            if (o.cancel && o.cancel->load()) {
                report->cancelled = true;
                store.discard();
                return Status::failed(tr("The import was cancelled; nothing was stored."));
            }
            if (o.progress)
                o.progress(csv.bytesRead(), rows);
        }
        if (outcome == CsvReader::Outcome::Error) {
            reject(csv.line(), csv.error());
            continue;
        }
        const auto& f = csv.fields();
        if (f.size() == 1 && f[0].isEmpty())
            continue; // a blank line
        if (!validator.readRow(f, r)) {
            reject(csv.line(), validator.error());
            continue;
        }
        // After the first rejected row of an all-or-nothing import, rows are still checked (so every
        // problem is reported at once) and stored only to find duplicates; the transaction is dropped.
        switch (store.insert(r)) {
        case PopulationStore::Insert::Stored:
            ++report->imported;
            break;
        case PopulationStore::Insert::Duplicate:
            reject(csv.line(), tr("id_number is already in the database or earlier in the file."));
            break;
        case PopulationStore::Insert::Failed:
            store.discard();
            return Status::failed(tr("The residents could not be stored."));
        }
        if (report->imported % kFlushEvery == 0 && store.pendingKeys() > 0)
            if (Status s = store.flush(); !s) {
                store.discard();
                return s;
            }
    }
    if (report->rejected > 0 && !o.partial) {
        store.discard();
        report->imported = 0;
        return {Status::Code::InputRejected,
                tr("%n row(s) were rejected, so nothing was stored. Correct them, or import with --partial.", nullptr,
                   int(report->rejected))};
    }
    if (Status s = store.flush(); !s) {
        store.discard();
        return s;
    }
    if (Status s = tx.commit(); !s) {
        store.discard();
        return s;
    }
    if (o.progress)
        o.progress(csv.bytesRead(), rows);
    return Status::ok();
}

} // namespace motcua::statistics
