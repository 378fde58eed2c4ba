#pragma once

#include "IdNumberProtector.h"
#include "VisitorsEnvironment.h"

#include <QJsonObject>
#include <QString>

namespace motcua {
class Session;
}

namespace motcua::visitors {

/// Permissions of the visitors module (declared with their roles in visitors.json).
namespace perm {
inline const QString CheckIn = QStringLiteral("visitors.checkin");
inline const QString Override = QStringLiteral("visitors.override");
inline const QString WatchlistManage = QStringLiteral("visitors.watchlist.manage");
inline const QString HostsManage = QStringLiteral("visitors.hosts.manage");
inline const QString History = QStringLiteral("visitors.history");
inline const QString Statistics = QStringLiteral("visitors.statistics");
inline const QString SubjectRights = QStringLiteral("visitors.subject.rights");
} // namespace perm

/// One connection's view of the visitors data: environment plus the ID-number protector every
/// repository needs. Cheap to pass by reference; one per thread.
class VisitorsStore
{
public:
    static Result<VisitorsStore> open(const VisitorsEnvironment& env);

    const VisitorsEnvironment& env() const { return m_env; }
    const IdNumberProtector& ids() const { return m_ids; }
    /// Appends to the audit log; failures are returned so a write can be rolled back with it.
    Status audit(const Session& session, const QString& action, const QString& subjectType, qint64 subjectId,
                 const QJsonObject& details = {}) const;

private:
    VisitorsStore(VisitorsEnvironment env, IdNumberProtector ids) : m_env(env), m_ids(std::move(ids)) {}
    VisitorsEnvironment m_env;
    IdNumberProtector m_ids;
};

} // namespace motcua::visitors
