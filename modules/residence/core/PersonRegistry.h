#pragma once

#include "ResidenceStore.h"
#include "ResidenceTypes.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Persons and addresses of the registry, and the searches over them (folded names, ID numbers, addresses).
/// Reads need residence.view and are audited with counts only.
class PersonRegistry
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::PersonRegistry)

public:
    explicit PersonRegistry(const ResidenceStore& store) : m_store(store) {}

    /// Person with sealed contact fields opened.
    Result<Person> person(const Session& session, qint64 personId) const;
    /// 0 when unknown.
    Result<qint64> idOfNumber(const Session& session, const QString& idNumber) const;

    /// Name search: every word of `text` must start a word of the name (folded: "nguyen van d" finds
    /// "Nguyễn Văn Đức"). Sorted by name.
    Result<QList<PersonSummary>> searchByName(const Session& session, const QString& text, int limit = 50) const;
    /// Exact 12 digits, or a prefix of at least 3 digits.
    Result<QList<PersonSummary>> searchByIdNumber(const Session& session, const QString& digits, int limit = 50) const;
    /// Persons with an active record at an address of `communeCode` (empty: any) whose street starts with
    /// `street` (folded) and, if given, at `houseNumber`.
    Result<QList<PersonSummary>> searchByAddress(const Session& session, const QString& communeCode,
                                                 const QString& street, const QString& houseNumber,
                                                 int limit = 50) const;
    /// Picks the search by the text: digits → ID number, otherwise name.
    Result<QList<PersonSummary>> search(const Session& session, const QString& text, int limit = 50) const;

    // --- building blocks for the registry updater (inside its transaction; no permission check) ---
    /// Creates or updates the person with this ID number; returns its id.
    Result<qint64> upsert(const PersonData& data) const;
    /// Finds or creates the address row; returns its id.
    Result<qint64> addressId(const Address& address) const;
    Result<Address> address(qint64 addressId) const;
    /// Applies CT01 corrections (full_name, date_of_birth, sex, ethnicity, religion).
    Status correct(qint64 personId, const QVariantMap& corrections) const;

private:
    Result<QList<PersonSummary>> summaries(const Session& session, const QString& sql, const QVariantList& binds,
                                           const char* action) const;
    const ResidenceStore& m_store;
};

} // namespace motcua::residence
