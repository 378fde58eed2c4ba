#pragma once

#include "ResidenceStore.h"
#include "ResidenceTypes.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Households (head, members, membership history) and residence records (permanent, temporary, absence).
class HouseholdRegistry
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::HouseholdRegistry)

public:
    explicit HouseholdRegistry(const ResidenceStore& store) : m_store(store) {}

    Result<Household> household(const Session& session, qint64 householdId) const;
    /// By household number prefix ("HK-0001") or by the folded name of the head.
    Result<QList<Household>> search(const Session& session, const QString& text, int limit = 50) const;
    /// Every membership ever, with from/to dates (oldest first).
    Result<QList<HouseholdMember>> history(const Session& session, qint64 householdId) const;
    /// All records of a person (active and closed), newest first.
    Result<QList<ResidenceRecord>> records(const Session& session, qint64 personId) const;
    /// Temporary residences ending within `days` days of today (default 15), soonest first.
    Result<QList<ExpiringTemporary>> expiringTemporary(const Session& session, int days = 15) const;

    // --- building blocks for the registry updater (inside its transaction; no permission check) ---
    Result<qint64> createHousehold(qint64 headPersonId, qint64 addressId, const QDate& on) const;
    Status addMember(qint64 householdId, qint64 personId, const QString& relationship, const QDate& on) const;
    /// Ends the person's current membership (if any); returns the household left (0 if none).
    Result<qint64> endMembership(qint64 personId, const QDate& on) const;
    Status setHead(qint64 householdId, qint64 personId, const QDate& on) const;
    /// Current household of a person, 0 when none.
    Result<qint64> currentHousehold(qint64 personId) const;
    Result<QList<HouseholdMember>> currentMembers(qint64 householdId) const;
    Result<qint64> headOf(qint64 householdId) const;
    Status dissolveIfEmpty(qint64 householdId, const QDate& on) const;
    Result<qint64> addRecord(const ResidenceRecord& record) const;
    /// Active record of that kind, or a record with id 0.
    Result<ResidenceRecord> activeRecord(qint64 personId, RecordKind kind) const;
    Status closeRecord(qint64 recordId, const QDate& on, const QString& reason) const;
    Status extendRecord(qint64 recordId, const QDate& newEnd) const;

    static QString kindKey(RecordKind kind);

private:
    const ResidenceStore& m_store;
};

} // namespace motcua::residence
