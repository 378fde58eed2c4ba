#include "Database.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <algorithm>
#include <map>

namespace motcua {

namespace {
QString sqlError(const QSqlError& e)
{
    return e.text().trimmed();
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, bool create)
{
    const QFileInfo file(path);
    const bool exists = file.exists();
    if (!exists && !create)
        return Status::failed(tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (exists && !file.isFile())
        return Status::failed(tr("%1 is not a database file.").arg(QDir::toNativeSeparators(path)));
    const QFileInfo dir(file.absolutePath());
    if (!dir.exists() && create && !QDir().mkpath(file.absolutePath()))
        return Status::failed(tr("Cannot create the folder %1. Check that you may write there.")
                                  .arg(QDir::toNativeSeparators(file.absolutePath())));
    // SQLite in WAL mode writes -wal and -shm files beside the database: the folder must be writable.
    if (!QFileInfo(file.absolutePath()).isWritable() || (exists && !file.isWritable()))
        return Status::failed(
            tr("The data folder %1 is read-only. Choose a writable location or ask an administrator to fix its "
               "permissions.")
                .arg(QDir::toNativeSeparators(file.absolutePath())));

    const QString name = QStringLiteral("motcua-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::unique_ptr<Database> db(new Database(file.absoluteFilePath(), name));
    if (!db->m_db.open())
        return Status::failed(tr("Cannot open the database %1.").arg(QDir::toNativeSeparators(path)),
                              sqlError(db->m_db.lastError()));
    if (Status s = db->configure(); !s)
        return s;
    return db;
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // The first read of the header tells a corrupt or foreign file apart from a database.
    if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
        return Status::failed(tr("The file %1 is damaged or is not a Một Cửa database. Restore it from a backup "
                                 "or choose another file.")
                                  .arg(QDir::toNativeSeparators(m_path)),
                              sqlError(q.lastError()));
    }
    // Refuse a newer file before anything below could write to it.
    if (q.exec(QStringLiteral("SELECT value FROM db_meta WHERE key = 'format_version'")) && q.next() &&
        q.value(0).toInt() > kFormatVersion) {
        return {Status::Code::Failed,
                tr("This database was written by a newer version of Một Cửa Workstation. Install the newer "
                   "version; the file has not been changed.")};
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),  QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return Status::failed(tr("The database %1 cannot be used.").arg(QDir::toNativeSeparators(m_path)),
                                  sqlError(q.lastError()));
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS db_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions (module TEXT PRIMARY KEY, "
                               "version INTEGER NOT NULL, applied_at TEXT NOT NULL)"))) {
        if (q.lastError().text().contains(QLatin1String("malformed")) ||
            q.lastError().text().contains(QLatin1String("not a database")))
            return Status::failed(tr("The file %1 is damaged or is not a Một Cửa database. Restore it from a "
                                     "backup or choose another file.")
                                      .arg(QDir::toNativeSeparators(m_path)),
                                  sqlError(q.lastError()));
        return Status::failed(tr("The database %1 cannot be used.").arg(QDir::toNativeSeparators(m_path)),
                              sqlError(q.lastError()));
    }
    const QString format = meta(QStringLiteral("format_version"));
    if (format.isEmpty()) {
        if (Status s = setMeta(QStringLiteral("format_version"), QString::number(kFormatVersion)); !s)
            return s;
        if (Status s = setMeta(QStringLiteral("database_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)); !s)
            return s;
    }
    return Status::ok();
}

QString Database::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM db_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO db_meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, "set metadata");
}

Status Database::exec(QSqlQuery& q, const char* what)
{
    if (q.exec())
        return Status::ok();
    const QString purpose = what ? QString::fromLatin1(what) : q.lastQuery().left(60);
    qCWarning(lcDatabase) << "statement failed:" << purpose << q.lastError().text();
    return Status::failed(tr("Saving to the database failed. Nothing was changed; try again."),
                          purpose + QStringLiteral(": ") + sqlError(q.lastError()));
}

Status Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return Status::ok();
    qCWarning(lcDatabase) << "statement failed:" << sql.left(60) << q.lastError().text();
    return Status::failed(tr("Saving to the database failed. Nothing was changed; try again."),
                          sql.left(60) + QStringLiteral(": ") + sqlError(q.lastError()));
}

Result<WalCheckpointCounts> Database::checkpoint(CheckpointMode mode)
{
    QSqlQuery q(m_db);
    const QString sql = mode == CheckpointMode::Truncate ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                                                         : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)");
    if (!q.exec(sql) || !q.next())
        return Status::failed(tr("The database is busy. Try again in a moment."), sqlError(q.lastError()));
    return WalCheckpointCounts{q.value(0).toInt() != 0, q.value(1).toInt(), q.value(2).toInt()};
}

Status Database::setAutoCheckpoint(int pages)
{
    return exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(std::max(0, pages)));
}

int Database::autoCheckpoint() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QMap<QString, int> Database::schemaVersions() const
{
    QMap<QString, int> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT module, version FROM schema_versions ORDER BY module")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Status Database::migrate(const QList<Migration>& migrations)
{
    std::map<QString, QList<Migration>> byModule;
    for (const Migration& m : migrations)
        byModule[m.module].append(m);
    const QMap<QString, int> current = schemaVersions();

    // First refuse anything newer than we know, before touching a single table.
    for (auto& [module, steps] : byModule) {
        std::sort(steps.begin(), steps.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        const int newest = steps.isEmpty() ? 0 : steps.last().version;
        if (current.value(module, 0) > newest)
            return {Status::Code::Failed,
                    tr("This database was written by a newer version of the module \"%1\" (schema %2, this version "
                       "knows %3). Install the newer version; the file has not been changed.")
                        .arg(module)
                        .arg(current.value(module))
                        .arg(newest)};
    }

    for (auto& [module, steps] : byModule) {
        for (const Migration& m : steps) {
            if (m.version <= current.value(module, 0))
                continue;
            Transaction tx(*this);
            QSqlQuery q(m_db);
            QString error;
            bool ok = true;
            for (const QString& sql : m.statements) {
                if (!q.exec(sql)) {
                    ok = false;
                    error = sqlError(q.lastError());
                    break;
                }
            }
            if (ok && m.step)
                ok = m.step(m_db, &error);
            if (ok) {
                q.prepare(QStringLiteral("INSERT INTO schema_versions(module, version, applied_at) VALUES(?, ?, "
                                         "strftime('%Y-%m-%dT%H:%M:%SZ','now')) ON CONFLICT(module) DO UPDATE SET "
                                         "version = excluded.version, applied_at = excluded.applied_at"));
                q.addBindValue(module);
                q.addBindValue(m.version);
                ok = q.exec();
                if (!ok)
                    error = sqlError(q.lastError());
            }
            if (!ok || !tx.commit()) {
                qCWarning(lcDatabase) << "migration failed" << module << m.version << error;
                return Status::failed(tr("Updating the database failed in module \"%1\" at step %2 (%3). The step "
                                         "was rolled back; your data is unchanged.")
                                          .arg(module)
                                          .arg(m.version)
                                          .arg(m.description),
                                      error);
            }
            qCInfo(lcDatabase) << "applied migration" << module << m.version;
        }
    }
    return Status::ok();
}

Database::Transaction::Transaction(Database& db) : m_db(db)
{
    m_level = m_db.m_txDepth;
    QSqlQuery q(m_db.m_db);
    const QString sql =
        m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    m_open = q.exec(sql);
    if (m_open)
        ++m_db.m_txDepth;
    else
        qCWarning(lcDatabase) << "cannot begin transaction" << q.lastError().text();
}

Database::Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db.m_db);
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    --m_db.m_txDepth;
}

Status Database::Transaction::commit()
{
    if (!m_open)
        return Status::failed(tr("The database is busy. Try again in a moment."));
    QSqlQuery q(m_db.m_db);
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (!q.exec(sql))
        return Status::failed(tr("Saving to the database failed. Nothing was changed; try again."),
                              sqlError(q.lastError()));
    m_open = false;
    --m_db.m_txDepth;
    return Status::ok();
}

} // namespace motcua
