#pragma once

#include "IdNumberProtector.h"
#include "VisitorTypes.h"
#include "VisitorsEnvironment.h"

#include <QCoreApplication>
#include <optional>

namespace motcua::visitors {

/// Visitor profiles: one per person, matched by the keyed hash of the ID number. Portrait, ID number and
/// address are sealed by the Vault; name, date of birth, sex and province stay readable for search and statistics.
class VisitorRepository
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::VisitorRepository)

public:
    VisitorRepository(const VisitorsEnvironment& env, const IdNumberProtector& ids) : m_env(env), m_ids(ids) {}

    /// Creates the profile or refreshes it (name, fields, portrait when a new one is given). Call inside a transaction.
    Result<qint64> upsert(const VisitorIdentity& identity);
    std::optional<qint64> findByIdNumber(const QString& idNumber) const;
    /// The full identity with the ID number, address and portrait unsealed.
    Result<VisitorIdentity> load(qint64 profileId) const;
    Result<QByteArray> portrait(qint64 profileId) const;

    /// The province part of a residence address ("…, Phường X, Hà Nội" → "Hà Nội").
    static QString provinceOf(const QString& residence);

private:
    const VisitorsEnvironment& m_env;
    const IdNumberProtector& m_ids;
};

} // namespace motcua::visitors
