#pragma once

#include "AggregateDelta.h"
#include "CodeBook.h"
#include "HouseholdDelta.h"
#include "IdSet.h"
#include "Resident.h"
#include "SqliteStatement.h"
#include "Status.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace motcua {
class Database;
class Vault;
} // namespace motcua

namespace motcua::statistics {

/// The statistics module's repository: the person table (sensitive fields sealed with the vault),
/// households and the aggregate tables, kept equal to each other. Callers own the transaction;
/// aggregate and household changes are held in memory until flush().
class PopulationStore
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::PopulationStore)
public:
    PopulationStore(Database& db, const Vault* vault);
    Status open();

    enum class Insert
    {
        Stored,
        Duplicate,
        Failed
    };
    /// Stores a new resident and counts it.
    Insert insert(const Resident& r);
    /// Bulk imports: stores the row with its fields already sealed (on another thread), without counting
    /// it yet; countStored() then counts it (imports count in file order, where households run together).
    Insert storeSealed(const Resident& r, const QByteArray& sealed);
    bool countStored(const Resident& r) { return count(r, +1); }
    /// Bulk imports, inside the caller's transaction: duplicates are then found in memory (the stored IDs
    /// are read once, in index order) and the unique ID index is dropped until endBulk() builds it again
    /// with one sort. A rollback brings the index back with everything else.
    Status beginBulk(qint64 expectedRows);
    Status endBulk();
    /// The sealed form of the resident's sensitive fields; thread-safe.
    bool seal(const Resident& r, QByteArray* out) const;
    /// What gets sealed: ethnicity and religion.
    static QByteArray sensitivePlaintext(const Resident& r);
    /// Replaces the stored resident with the same ID number (or adds one); registry changes come here.
    Status upsert(const Resident& r);
    /// Removes a resident and takes it out of the counts; a missing one is not an error.
    Status remove(qint64 idNumber);
    std::optional<Resident> find(qint64 idNumber);

    /// Writes the collected aggregate changes; call before committing.
    Status flush();
    /// Writes the part of the collected changes that has grown large (bounds memory on huge imports): the
    /// households and the counts are written independently (household totals stay in the counts).
    Status flushIfLarge();
    /// Memory (bytes) the collected counts and the household changes may take before flushIfLarge() writes
    /// them (their tables are then sized once, see AggregateDelta::setLimit); 0: no limit.
    void setPendingLimits(std::size_t countBytes, std::size_t householdBytes)
    {
        m_delta.setLimit(countBytes);
        m_households.setLimit(householdBytes);
    }
    /// For a rolled-back transaction: forget pending changes and codes.
    void discard();

    /// Recomputes every aggregate from the person table (after a restore, or to check the counts).
    Status rebuild();

    static QByteArray sensitiveContext() { return QByteArrayLiteral("statistics.person.sensitive"); }

private:
    bool count(const Resident& r, int sign);

    Database& m_db;
    const Vault* m_vault;
    sqlite3* m_sqlite = nullptr;
    CodeBook m_codes;
    AggregateDelta m_delta;
    HouseholdDelta m_households;
    SqliteStatement m_insert;
    SqliteStatement m_select;
    SqliteStatement m_delete;
    std::unique_ptr<IdSet> m_bulkIds; // while a bulk import runs
};

} // namespace motcua::statistics
