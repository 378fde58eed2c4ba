#pragma once

#include "Clock.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace motcua {
class AuditLog;
class Database;
class Vault;
} // namespace motcua

namespace motcua::residence {

/// Name of the service in the ServiceRegistry (contract in modules/statistics/core/PopulationSourceBridge.h).
inline const QString kPopulationService = QStringLiteral("residence.population");

/// The registry offered to other modules: residents as resident-CSV rows (id_number, full_name, date_of_birth,
/// sex, ethnicity, religion, province_code, ward_code, residence_type, household_id, card_issued) and a signal
/// after each committed change. A resident is a person with an active permanent or temporary record.
/// Every page handed out by residents() is audited (offset, limit and row count; no personal data): a page that
/// cannot be audited is not handed out.
class PopulationService : public QObject
{
    Q_OBJECT
public:
    /// `db` is the GUI thread's connection (residents() runs there); `vault` opens ethnicity and religion;
    /// `audit` records the pages read (without one, the service audits through its own AuditLog on `db`).
    PopulationService(Database& db, const Vault* vault, AuditLog* audit, QObject* parent = nullptr);
    PopulationService(Database& db, const Vault* vault, QObject* parent = nullptr)
        : PopulationService(db, vault, nullptr, parent)
    {}
    ~PopulationService() override;

    /// One page of residents (ordered by registry id), audited as "residence.population.residents" by "system".
    Q_INVOKABLE QVariantList residents(int offset, int limit);
    /// The resident row of one person, empty when the person is not a resident.
    QVariantMap resident(qint64 personId) const;
    static QVariantMap resident(Database& db, const Vault* vault, qint64 personId);

    /// Emits residentChanged for each pair (any thread).
    void publish(const QVariantMap& before, const QVariantMap& after) { emit residentChanged(before, after); }

signals:
    void residentChanged(const QVariantMap& before, const QVariantMap& after);

private:
    Database& m_db;
    const Vault* m_vault;
    Clock m_clock;                        // for the own audit log
    std::unique_ptr<AuditLog> m_ownAudit; // when none was given
    AuditLog* m_audit = nullptr;
};

} // namespace motcua::residence
