#include "VisitorsStore.h"

#include "AuditLog.h"
#include "Session.h"

namespace motcua::visitors {

Result<VisitorsStore> VisitorsStore::open(const VisitorsEnvironment& env)
{
    auto ids = IdNumberProtector::open(*env.db, *env.vault);
    if (!ids)
        return ids.status();
    return VisitorsStore(env, *ids);
}

Status VisitorsStore::audit(const Session& session, const QString& action, const QString& subjectType, qint64 subjectId,
                            const QJsonObject& details) const
{
    AuditEntry e;
    e.action = action;
    e.subjectType = subjectType;
    e.subjectId = subjectId ? QString::number(subjectId) : QStringLiteral("");
    e.details = details;
    return m_env.audit->append(session.username(), e);
}

} // namespace motcua::visitors
