#include "StatisticsSchema.h"

namespace motcua::statistics {

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
        // Age is kept by exact date of birth so that bands on any as-of date are exact.
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
    return {m};
}

} // namespace motcua::statistics
