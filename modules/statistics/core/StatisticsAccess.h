#pragma once

#include "Status.h"

#include <QString>

namespace motcua {
class AuditLog;
class Session;
} // namespace motcua

namespace motcua::statistics {

/// Permission checks and audit records shared by the window and the command line. The audit text holds
/// counts, formats and area codes only: never anything about a resident.
namespace access {

/// statistics.import for `session` (PermissionDenied otherwise).
Status mayImport(const Session& session);
/// Records an import attempt: the file name and the numbers imported and rejected.
Status recordImport(AuditLog& audit, const Session& session, const QString& fileName, qint64 imported, qint64 rejected,
                    bool stored);
/// Checks statistics.view and records an export of aggregate counts: what (a chart's name, "tables" or
/// "report"), the file format and the area key (see AreaFilter::areaKey()).
Status recordExport(AuditLog& audit, const Session& session, const QString& what, const QString& format, int areaKey);

} // namespace access
} // namespace motcua::statistics
