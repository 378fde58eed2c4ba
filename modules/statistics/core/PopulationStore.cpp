#include "PopulationStore.h"

#include "Database.h"
#include "Vault.h"
#include "WardIndex.h"

#include <algorithm>

namespace motcua::statistics {

PopulationStore::PopulationStore(Database& db, const Vault* vault) : m_db(db), m_vault(vault) {}

Status PopulationStore::open()
{
    m_sqlite = sqliteHandle(m_db.connection());
    if (!m_sqlite)
        return Status::failed(tr("The statistics tables need an SQLite database."));
    if (!m_vault)
        return Status::failed(tr("The vault is not open, so residents cannot be stored."));
    m_insert = SqliteStatement(m_sqlite, "INSERT INTO stats_person(id, full_name, dob, sex, sensitive, ward,"
                                         " residence, household, card) VALUES(?,?,?,?,?,?,?,?,?)");
    m_select = SqliteStatement(m_sqlite, "SELECT full_name, dob, sex, sensitive, ward, residence, household, card"
                                         " FROM stats_person WHERE id = ?");
    m_delete = SqliteStatement(m_sqlite, "DELETE FROM stats_person WHERE id = ?");
    if (!m_insert.isValid() || !m_select.isValid() || !m_delete.isValid())
        return Status::failed(tr("The statistics tables are missing or damaged."),
                              QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return m_codes.load(m_sqlite);
}

QByteArray PopulationStore::sensitivePlaintext(const Resident& r)
{
    return (r.ethnicity + QChar(0x1f) + r.religion).toUtf8();
}

bool PopulationStore::seal(const Resident& r, QByteArray* out) const
{
    Result<QByteArray> sealed = m_vault->seal(sensitivePlaintext(r), sensitiveContext());
    if (!sealed)
        return false;
    *out = *sealed;
    return true;
}

bool PopulationStore::count(const Resident& r, int sign)
{
    const int eth = m_codes.code(m_sqlite, CodeBook::Ethnicity, r.ethnicity);
    const int rel = m_codes.code(m_sqlite, CodeBook::Religion, r.religion);
    if (eth < 0 || rel < 0)
        return false;
    m_delta.add({r.wardCode, r.provinceCode, r.sex, r.dateOfBirth, eth, rel, r.residenceType, r.cardIssued}, sign);
    m_households.add(r.wardCode, r.householdId, sign);
    return true;
}

PopulationStore::Insert PopulationStore::insert(const Resident& r)
{
    QByteArray sealed;
    if (!seal(r, &sealed))
        return Insert::Failed;
    const Insert stored = storeSealed(r, sealed);
    if (stored != Insert::Stored)
        return stored;
    return count(r, +1) ? Insert::Stored : Insert::Failed;
}

Status PopulationStore::beginBulk(qint64 expectedRows)
{
    qint64 stored = 0; // at least the number of rows
    {
        SqliteStatement last(m_sqlite, "SELECT max(rowid) FROM stats_person");
        if (last.step() == SQLITE_ROW)
            stored = last.int64(0);
    }
    m_bulkIds = std::make_unique<IdSet>(std::size_t(stored + std::max<qint64>(expectedRows, 0)));
    int rc = SQLITE_DONE;
    {
        SqliteStatement ids(m_sqlite, "SELECT id FROM stats_person ORDER BY id");
        while ((rc = ids.step()) == SQLITE_ROW)
            m_bulkIds->insert(std::uint64_t(ids.int64(0)));
    } // finalized: an open statement would keep the index from being dropped
    if (rc != SQLITE_DONE || !sqliteExec(m_sqlite, "DROP INDEX IF EXISTS stats_person_id")) {
        m_bulkIds.reset();
        return Status::failed(tr("The statistics tables are missing or damaged."),
                              QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    }
    return Status::ok();
}

Status PopulationStore::endBulk()
{
    m_bulkIds.reset(); // its memory is free before the index sort
    // SQLite's sorter sorts runs as large as the page cache, then merges them: with the default 2 MB cache and
    // two sorter threads the sort of 10 M keys took 5.8 s here, against 8 s with one thread and 10 s with the
    // import's 64 MB cache.
    sqliteExec(m_sqlite, "PRAGMA cache_size = -2000");
    sqliteExec(m_sqlite, "PRAGMA threads = 2");
    const bool built = sqliteExec(m_sqlite, "CREATE UNIQUE INDEX stats_person_id ON stats_person(id)");
    sqliteExec(m_sqlite, "PRAGMA threads = 0");
    if (!built)
        return Status::failed(tr("The statistics tables are missing or damaged."),
                              QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return Status::ok();
}

PopulationStore::Insert PopulationStore::storeSealed(const Resident& r, const QByteArray& sealed)
{
    if (m_bulkIds && !m_bulkIds->insert(std::uint64_t(r.idNumber)))
        return Insert::Duplicate;
    m_insert.bind(1, r.idNumber);
    m_insert.bindTextStatic(2, r.fullName);
    m_insert.bind(3, r.dateOfBirth);
    m_insert.bind(4, r.sex);
    m_insert.bindStatic(5, sealed);
    m_insert.bind(6, r.wardCode);
    m_insert.bind(7, r.residenceType);
    m_insert.bindTextStatic(8, r.householdId);
    m_insert.bind(9, r.cardIssued);
    const int rc = m_insert.step();
    sqlite3_reset(m_insert.get());        // every parameter is bound again for the next row
    if ((rc & 0xff) == SQLITE_CONSTRAINT) // Qt turns on extended result codes
        return Insert::Duplicate;
    return rc == SQLITE_DONE ? Insert::Stored : Insert::Failed;
}

std::optional<Resident> PopulationStore::find(qint64 idNumber)
{
    m_select.bind(1, idNumber);
    std::optional<Resident> found;
    if (m_select.step() == SQLITE_ROW) {
        Resident r;
        r.idNumber = idNumber;
        r.fullName = m_select.blob(0);
        r.dateOfBirth = int(m_select.int64(1));
        r.sex = int(m_select.int64(2));
        const QByteArray sealed = m_select.blob(3);
        r.wardCode = int(m_select.int64(4));
        r.provinceCode = provinceOfWard(r.wardCode);
        r.residenceType = int(m_select.int64(5));
        r.householdId = m_select.blob(6);
        r.cardIssued = int(m_select.int64(7));
        Result<QByteArray> plain = m_vault->unseal(sealed, sensitiveContext());
        if (plain) {
            const QStringList parts = QString::fromUtf8(*plain).split(QChar(0x1f));
            r.ethnicity = parts.value(0);
            r.religion = parts.value(1);
            found = r;
        }
    }
    m_select.reset();
    return found;
}

Status PopulationStore::remove(qint64 idNumber)
{
    std::optional<Resident> old = find(idNumber);
    if (!old)
        return Status::ok();
    m_delete.bind(1, idNumber);
    const bool deleted = m_delete.step() == SQLITE_DONE;
    m_delete.reset();
    if (!deleted || !count(*old, -1))
        return Status::failed(tr("A resident could not be removed from the statistics."));
    return Status::ok();
}

Status PopulationStore::upsert(const Resident& r)
{
    if (Status s = remove(r.idNumber); !s)
        return s;
    if (insert(r) != Insert::Stored)
        return Status::failed(tr("A resident could not be stored."));
    return Status::ok();
}

Status PopulationStore::flush()
{
    if (!m_households.flush(m_sqlite, m_delta) || !m_delta.flush(m_sqlite))
        return Status::failed(tr("The population counts could not be updated."),
                              QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return Status::ok();
}

Status PopulationStore::flushIfLarge()
{
    const bool ok = (!m_households.isLarge() || m_households.flush(m_sqlite, m_delta)) &&
                    (!m_delta.isLarge() || m_delta.spillWards(m_sqlite));
    if (!ok)
        return Status::failed(tr("The population counts could not be updated."),
                              QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return Status::ok();
}

void PopulationStore::discard()
{
    m_delta.clear();
    m_households.clear();
    m_codes.discard(m_sqlite);
}

Status PopulationStore::rebuild()
{
    for (const char* sql : {"DELETE FROM stats_cells", "DELETE FROM stats_marg", "DELETE FROM stats_total",
                            "DELETE FROM stats_households"})
        if (!sqliteExec(m_sqlite, sql))
            return Status::failed(tr("The population counts could not be rebuilt."));
    m_delta.clear();
    m_households.clear();
    SqliteStatement ids(m_sqlite, "SELECT id FROM stats_person ORDER BY id");
    qint64 since = 0;
    while (ids.step() == SQLITE_ROW) {
        std::optional<Resident> r = find(ids.int64(0));
        if (!r || !count(*r, +1))
            return Status::failed(tr("The population counts could not be rebuilt."));
        if (++since == 100000) {
            since = 0;
            if (Status s = flush(); !s)
                return s;
        }
    }
    return flush();
}

} // namespace motcua::statistics
