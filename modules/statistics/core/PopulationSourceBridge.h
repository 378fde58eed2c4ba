#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>

namespace motcua {
class Database;
class Vault;
} // namespace motcua

namespace motcua::statistics {

/// Name under which the residence module registers its population source in the ServiceRegistry.
inline const QString kPopulationSourceService = QStringLiteral("residence.population");

/// Keeps the statistics counts in step with the residence registry without including its headers.
///
/// Contract for the service registered as "residence.population" (a QObject):
///   signal  residentChanged(QVariantMap before, QVariantMap after)
///           `before` empty for a new resident, `after` empty for one who left the registry; keys are the
///           column names of the resident CSV format (id_number, full_name, date_of_birth, sex, ethnicity,
///           religion, province_code, ward_code, residence_type, household_id, card_issued) as strings.
///   Q_INVOKABLE QVariantList residents(int offset, int limit)  — for a full resynchronisation.
/// The connection is made by signature, so either module can be absent.
class PopulationSourceBridge : public QObject
{
    Q_OBJECT
public:
    PopulationSourceBridge(Database& db, const Vault* vault, QObject* parent = nullptr);
    /// Connects to `source` if it offers the signal; false otherwise.
    bool attach(QObject* source);

public slots:
    /// Applies one registry change to the person table and the counts in one transaction.
    void applyChange(const QVariantMap& before, const QVariantMap& after);

signals:
    void countsChanged();

private:
    Database& m_db;
    const Vault* m_vault;
    QPointer<QObject> m_source;
};

} // namespace motcua::statistics
