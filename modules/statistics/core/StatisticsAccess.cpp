#include "StatisticsAccess.h"

#include "AuditLog.h"
#include "Session.h"
#include "StatsCommands.h"

#include <QJsonObject>

namespace motcua::statistics::access {

Status mayImport(const Session& session)
{
    return session.require(kPermImport);
}

Status recordImport(AuditLog& audit, const Session& session, const QString& fileName, qint64 imported, qint64 rejected,
                    bool stored)
{
    return audit.append(session.username(), {QStringLiteral("statistics.import"), QStringLiteral("file"), fileName,
                                             QJsonObject{{QStringLiteral("imported"), imported},
                                                         {QStringLiteral("rejected"), rejected},
                                                         {QStringLiteral("stored"), stored}}});
}

Status recordExport(AuditLog& audit, const Session& session, const QString& what, const QString& format, int areaKey)
{
    if (Status s = session.require(kPermView); !s)
        return s;
    return audit.append(session.username(),
                        {QStringLiteral("statistics.export"), QStringLiteral("area"), QString::number(areaKey),
                         QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("format"), format}}});
}

} // namespace motcua::statistics::access
