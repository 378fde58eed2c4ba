#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace motcua {
class Database;
class Vault;
} // namespace motcua

namespace motcua::visitors {

/// Keeps ID numbers off the disk in plain form: a keyed hash (HMAC-SHA256) for lookups, the sealed
/// number for subject-access exports, and a masked form for lists. The HMAC key is random, created
/// once per database and stored sealed by the Vault, so a copied database file alone cannot be
/// searched for a known ID number.
class IdNumberProtector
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::IdNumberProtector)

public:
    static Result<IdNumberProtector> open(Database& db, const Vault& vault);

    QByteArray hash(const QString& idNumber) const;
    Result<QString> seal(const QString& idNumber) const;
    Result<QString> unseal(const QString& sealed) const;
    /// "0010******45": first four and last two digits.
    static QString mask(const QString& idNumber);

private:
    IdNumberProtector(QByteArray key, const Vault& vault) : m_key(std::move(key)), m_vault(&vault) {}
    QByteArray m_key;
    const Vault* m_vault = nullptr;
};

} // namespace motcua::visitors
