#include "StatisticsSchema.h"

#include "AggregateDelta.h"
#include "CellBlob.h"
#include "HouseholdDelta.h"
#include "SqliteStatement.h"

#include <QtEndian>

#include <map>

namespace motcua::statistics {

namespace {
/// Version 2's blob encoding: 16 bytes a cell (key and count, little-endian); version 3 replaced it.
QByteArray encodeFixed(const cellblob::Cells& cells)
{
    QByteArray blob(qsizetype(cells.size()) * 16, Qt::Uninitialized);
    char* p = blob.data();
    for (const auto& [key, n] : cells) {
        qToLittleEndian<quint64>(key, p);
        qToLittleEndian<qint64>(n, p + 8);
        p += 16;
    }
    return blob;
}
cellblob::Cells decodeFixed(const QByteArray& blob)
{
    cellblob::Cells cells;
    for (const char* p = blob.constData(); p + 16 <= blob.constData() + blob.size(); p += 16)
        cells.emplace_back(qFromLittleEndian<quint64>(p), qFromLittleEndian<qint64>(p + 8));
    return cells;
}

/// Version 3: the household rows regrouped as one blob per ward (see HouseholdDelta.h).
bool moveHouseholdsToBlobs(sqlite3* db)
{
    SqliteStatement all(db, "SELECT ward, household, members FROM stats_household WHERE members > 0"
                            " ORDER BY ward, household");
    SqliteStatement put(db, "INSERT INTO stats_households(ward, members) VALUES(?, ?)");
    std::vector<std::pair<QByteArray, qint64>> rows; // owns the IDs the views below point into
    auto write = [&](int ward) {
        householdblob::Members members;
        for (const auto& [household, n] : rows)
            members.emplace_back(std::string_view(household.constData(), size_t(household.size())), n);
        put.bind(1, ward);
        put.bind(2, householdblob::encode(members));
        const bool ok = put.step() == SQLITE_DONE;
        put.reset();
        rows.clear();
        return ok;
    };
    int ward = -1;
    int rc = SQLITE_DONE;
    while ((rc = all.step()) == SQLITE_ROW) {
        const int w = int(all.int64(0));
        if (w != ward && !rows.empty() && !write(ward))
            return false;
        ward = w;
        rows.emplace_back(all.blob(1), all.int64(2));
    }
    all.reset(); // an open statement would keep the table from being dropped
    return rc == SQLITE_DONE && (rows.empty() || write(ward)) && sqliteExec(db, "DROP TABLE stats_household");
}

/// Version 3: every cell blob re-encoded from 16 bytes a cell to varints, and households by ward.
bool reencodeCells(QSqlDatabase& connection, QString* error)
{
    sqlite3* db = sqliteHandle(connection);
    if (!db) {
        *error = QStringLiteral("statistics: not an SQLite database");
        return false;
    }
    if (!moveHouseholdsToBlobs(db)) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    std::vector<std::pair<qint64, QByteArray>> blobs;
    {
        SqliteStatement all(db, "SELECT slot, cells FROM stats_cells");
        while (all.step() == SQLITE_ROW)
            blobs.emplace_back(all.int64(0), cellblob::encode(decodeFixed(all.blob(1))));
    }
    SqliteStatement put(db, "UPDATE stats_cells SET cells = ? WHERE slot = ?");
    for (const auto& [slot, blob] : blobs) {
        put.bind(1, blob);
        put.bind(2, slot);
        const bool ok = put.step() == SQLITE_DONE;
        put.reset();
        if (!ok) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}

/// Version 1's stats_age and stats_cube rows, regrouped as cell blobs (stats_cells); the tables go.
bool moveCellsToBlobs(QSqlDatabase& connection, QString* error)
{
    sqlite3* db = sqliteHandle(connection);
    if (!db) {
        *error = QStringLiteral("statistics: not an SQLite database");
        return false;
    }
    std::map<std::pair<int, int>, std::map<quint64, qint64>> cells; // (area, kind) → cell → n
    SqliteStatement ages(db, "SELECT area, sex, dob, n FROM stats_age WHERE n <> 0");
    while (ages.step() == SQLITE_ROW) {
        const int area = int(ages.int64(0));
        const int dob = int(ages.int64(2));
        cells[{area, cellblob::Age}]
             [cellblob::ageKey(int(ages.int64(1)), area < 100000 ? AggregateDelta::wardBirthKey(dob) : dob)] +=
            ages.int64(3);
    }
    SqliteStatement cube(db, "SELECT area, sex, birth_year, eth, rel, res, card, n FROM stats_cube WHERE n <> 0");
    while (cube.step() == SQLITE_ROW)
        cells[{int(cube.int64(0)), cellblob::Cube}]
             [cellblob::cubeKey(int(cube.int64(1)), int(cube.int64(2)), int(cube.int64(3)), int(cube.int64(4)),
                                int(cube.int64(5)), int(cube.int64(6)))] += cube.int64(7);
    SqliteStatement put(db, "INSERT OR REPLACE INTO stats_cells(slot, cells) VALUES(?, ?)");
    for (const auto& [where, counts] : cells) {
        put.bind(1, cellblob::slot(where.first, cellblob::Kind(where.second)));
        put.bind(2, encodeFixed(cellblob::Cells(counts.begin(), counts.end())));
        const bool ok = put.step() == SQLITE_DONE;
        put.reset();
        if (!ok) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    if (!sqliteExec(db, "DROP TABLE stats_age") || !sqliteExec(db, "DROP TABLE stats_cube")) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}
} // namespace

QList<Migration> schemaMigrations()
{
    Migration m;
    m.module = QStringLiteral("statistics");
    m.version = 1;
    m.description = QStringLiteral("residents imported for statistics and their pre-aggregated counts");
    m.statements = {
        // Names of ethnic groups (kind 1) and religions (kind 2); aggregates refer to them by number.
        QStringLiteral("CREATE TABLE stats_code(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL,"
                       " UNIQUE(kind, name))"),
        // The rowid is the 12-digit ID number: uniqueness is checked by the primary key for free.
        // Ethnicity and religion are personal and sensitive: only their sealed form is stored here.
        QStringLiteral("CREATE TABLE stats_person(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,"
                       " dob INTEGER NOT NULL, sex INTEGER NOT NULL, sensitive BLOB NOT NULL,"
                       " ward INTEGER NOT NULL, residence INTEGER NOT NULL, household TEXT NOT NULL,"
                       " card INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE stats_household(ward INTEGER NOT NULL, household TEXT NOT NULL,"
                       " members INTEGER NOT NULL, PRIMARY KEY(ward, household)) WITHOUT ROWID"),
        // Aggregates per area (ward code; 100000 + province code; 200000 = country). None is personal.
        // Age is kept by exact date of birth (version 2: by month at ward level) so bands follow the as-of date.
        QStringLiteral("CREATE TABLE stats_age(area INTEGER NOT NULL, sex INTEGER NOT NULL, dob INTEGER NOT NULL,"
                       " n INTEGER NOT NULL, PRIMARY KEY(area, sex, dob)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE stats_marg(area INTEGER NOT NULL, dim INTEGER NOT NULL, value INTEGER NOT NULL,"
                       " n INTEGER NOT NULL, PRIMARY KEY(area, dim, value)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE stats_total(area INTEGER PRIMARY KEY, n INTEGER NOT NULL,"
                       " households INTEGER NOT NULL, cards INTEGER NOT NULL)"),
        // The cross-filter cube of the dashboard (birth year, not date: filters need no day precision).
        QStringLiteral("CREATE TABLE stats_cube(area INTEGER NOT NULL, sex INTEGER NOT NULL,"
                       " birth_year INTEGER NOT NULL, eth INTEGER NOT NULL, rel INTEGER NOT NULL,"
                       " res INTEGER NOT NULL, card INTEGER NOT NULL, n INTEGER NOT NULL,"
                       " PRIMARY KEY(area, sex, birth_year, eth, rel, res, card)) WITHOUT ROWID"),
    };

    // Version 2, for imports at national scale (see ResidentImporter): person rows are appended in the
    // order they arrive (the rowid is a sequence) and the ID number is unique through a narrow index,
    // which stays in the page cache where a table keyed by random ID numbers does not. The age and cube
    // cells, as many rows as residents at ward level before, become one blob per area (see CellBlob);
    // ward-level ages are kept by birth year and month (dob = yyyymm00), provinces and the country keep
    // exact dates.
    Migration v2;
    v2.module = m.module;
    v2.version = 2;
    v2.description = QStringLiteral("person rows in arrival order with a unique ID index; age and cube cells"
                                    " as one blob per area (ward ages by month)");
    v2.step = [](QSqlDatabase& connection, QString* error) { return moveCellsToBlobs(connection, error); };
    v2.statements = {
        QStringLiteral("CREATE TABLE stats_person_v2(id INTEGER NOT NULL, full_name TEXT NOT NULL,"
                       " dob INTEGER NOT NULL, sex INTEGER NOT NULL, sensitive BLOB NOT NULL,"
                       " ward INTEGER NOT NULL, residence INTEGER NOT NULL, household TEXT NOT NULL,"
                       " card INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO stats_person_v2 SELECT id, full_name, dob, sex, sensitive, ward, residence,"
                       " household, card FROM stats_person ORDER BY id"),
        QStringLiteral("DROP TABLE stats_person"),
        QStringLiteral("ALTER TABLE stats_person_v2 RENAME TO stats_person"),
        QStringLiteral("CREATE UNIQUE INDEX stats_person_id ON stats_person(id)"),
        QStringLiteral("CREATE TABLE stats_cells(slot INTEGER PRIMARY KEY, cells BLOB NOT NULL)"),
        QStringLiteral("DELETE FROM stats_household WHERE members = 0"),
    };
    // Version 3: cell blobs as varints (see CellBlob.h), a quarter of the size; households as one blob per
    // ward (an import writes thousands of rows instead of millions, a registry change rewrites one ward's).
    Migration v3;
    v3.module = m.module;
    v3.version = 3;
    v3.description = QStringLiteral("cell blobs encoded as varints; households as one blob per ward");
    v3.statements = {
        QStringLiteral("CREATE TABLE stats_households(ward INTEGER PRIMARY KEY, members BLOB NOT NULL)"),
    };
    v3.step = [](QSqlDatabase& connection, QString* error) { return reencodeCells(connection, error); };
    return {m, v2, v3};
}

} // namespace motcua::statistics
