#pragma once

#include "Migration.h"
#include "Status.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace motcua {

/// What `PRAGMA wal_checkpoint` reports: the frames in the WAL and how many of them are now in the database file.
struct WalCheckpointCounts
{
    bool busy = false;    // a FULL/RESTART/TRUNCATE checkpoint could not get its locks
    int walFrames = 0;    // frames in the WAL (-1 when the database is not in WAL mode)
    int checkpointed = 0; // of those, frames copied into the database file
    /// Every frame of the WAL is in the database file (nothing left for a later checkpoint).
    bool complete() const { return !busy && checkpointed >= walFrames; }
};

/// One SQLite connection with the workstation's pragmas, transactions and per-module migrations.
/// Each thread opens its own Database on the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(motcua::Database)

public:
    /// The on-disk format this build understands; a file with a higher one is refused untouched.
    static constexpr int kFormatVersion = 1;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (and with create=true creates) the file. Refuses corrupt files, unwritable folders
    /// and databases written by a newer version, each with a translated message.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool create = true);
    /// Another connection to the same file, for use on another thread.
    Result<std::unique_ptr<Database>> openAnother() const { return open(m_path, false); }

    const QString& path() const { return m_path; }
    QSqlDatabase& connection() { return m_db; }
    QSqlQuery query() const { return QSqlQuery(m_db); }

    /// Applies the not yet applied migrations, in version order per module, one transaction each.
    /// Refuses a module whose recorded version is newer than the newest migration we know.
    Status migrate(const QList<Migration>& migrations);
    /// module → recorded schema version.
    QMap<QString, int> schemaVersions() const;
    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    /// Runs one statement; on failure returns a Failed status naming the statement's purpose.
    Status exec(QSqlQuery& q, const char* what = nullptr);
    Status exec(const QString& sql);

    enum class CheckpointMode
    {
        Passive,  // copies what it can, never waits for readers or writers
        Truncate, // waits (busy timeout) for writers and readers, then empties the WAL file
    };
    /// Copies the WAL's frames into the database file (two fsyncs when there is something to copy).
    Result<WalCheckpointCounts> checkpoint(CheckpointMode mode);
    /// Pages in the WAL after which a commit on this connection runs a checkpoint itself (SQLite default 1000);
    /// 0 turns that off for this connection only.
    Status setAutoCheckpoint(int pages);
    int autoCheckpoint() const;

    /// RAII transaction: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        Status commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        Database& m_db;
        int m_level = 0;
        bool m_open = false;
    };

private:
    explicit Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_txDepth = 0;
};

} // namespace motcua
