#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace motcua {
class Database;
class Vault;
} // namespace motcua

namespace motcua::statistics {

struct ImportOptions
{
    bool partial = false; // store the valid rows even when some are rejected
    int today = 0;        // yyyymmdd; dates after it are rejected
    /// Called every few thousand rows with the bytes read so far (for a progress bar).
    std::function<void(qint64 bytesRead, qint64 rows)> progress;
    /// Called for each rejected row: its line number and the reason (no personal data in it).
    std::function<void(qint64 line, const QString& reason)> rejected;
    const std::atomic<bool>* cancel = nullptr;
    /// Memory (bytes) the pending counts and household changes may each take before they are written
    /// in the middle of the import; 0 = the defaults (96 MB and 128 MB: 10 M residents within 500 MB).
    std::size_t pendingLimit = 0;
};

struct ImportReport
{
    qint64 imported = 0;
    qint64 rejected = 0;
    QStringList warnings;
    bool cancelled = false;
};

/// Streams a resident CSV file into the statistics tables in one transaction: every row is checked
/// (including duplicates in the file and against the database), and unless the import is partial,
/// one bad row means nothing is stored. Aggregates are updated in the same transaction.
class ResidentImporter
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::ResidentImporter)
public:
    ResidentImporter(Database& db, const Vault* vault) : m_db(db), m_vault(vault) {}
    /// InputRejected (exit 8) for a wrong header or, without `partial`, any rejected row;
    /// Failed when cancelled or on a storage error. The report is filled in every case.
    Status run(QIODevice* device, const ImportOptions& options, ImportReport* report);

private:
    Database& m_db;
    const Vault* m_vault;
};

} // namespace motcua::statistics
