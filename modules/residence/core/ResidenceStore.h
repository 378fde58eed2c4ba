#pragma once

#include "Status.h"
#include "TextFolding.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace motcua {
class AuditLog;
class Clock;
class Database;
class Session;
class Vault;
class WorkingCalendar;
} // namespace motcua

namespace motcua::residence {

class PopulationService;
class ResidenceNotifier;

/// Permissions of the residence module (declared with their roles in residence.json).
namespace perm {
inline const QString View = QStringLiteral("residence.view");                   // registry, cases, queue (read)
inline const QString Intake = QStringLiteral("residence.intake");               // take cases, request completion
inline const QString Decide = QStringLiteral("residence.decide");               // approve / refuse, return results
inline const QString Accommodation = QStringLiteral("residence.accommodation"); // lodgings and guest notices
} // namespace perm

/// The services every residence repository needs, for one database connection (one thread).
/// `population` and `notifier` may be null (CLI, workers that do not publish).
struct ResidenceEnvironment
{
    Database* db = nullptr;
    AuditLog* audit = nullptr;
    const Vault* vault = nullptr;
    const Clock* clock = nullptr;
    const WorkingCalendar* calendar = nullptr;
    PopulationService* population = nullptr;
    ResidenceNotifier* notifier = nullptr;
};

/// One connection's view of the residence data: its environment, auditing and the sealed-field helpers.
class ResidenceStore
{
public:
    explicit ResidenceStore(const ResidenceEnvironment& env) : m_env(env) {}

    const ResidenceEnvironment& env() const { return m_env; }
    Database& db() const { return *m_env.db; }
    /// Appends to the audit log (ids only, never personal data); a failure rolls the caller's write back.
    Status audit(const Session& session, const QString& action, const QString& subjectType, qint64 subjectId,
                 const QJsonObject& details = {}) const;
    /// Vault helpers for text fields; empty text stays empty.
    Result<QString> seal(const QString& text, const char* context) const;
    Result<QString> unseal(const QString& sealed, const char* context) const;
    /// Publishes committed registry changes to "residence.population" and the UI notifier (if set).
    void publish(const QList<QPair<QVariantMap, QVariantMap>>& changes) const;
    void notifyCases() const;
    void notifyNotices() const;

private:
    ResidenceEnvironment m_env;
};

/// A worker thread's own connection (Database + AuditLog) with the same vault, clock, calendar and publishers.
class ResidenceConnection
{
public:
    ~ResidenceConnection();
    /// Opens another connection to `base.db`'s file; use the result on one thread only.
    static Result<std::unique_ptr<ResidenceConnection>> open(const ResidenceEnvironment& base);
    const ResidenceStore& store() const { return *m_store; }

private:
    ResidenceConnection() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ResidenceStore> m_store;
};

/// "0010******45" for lists shown without the citizen.fullid permission.
QString maskIdNumber(const QString& idNumber);

} // namespace motcua::residence
