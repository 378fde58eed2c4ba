#pragma once

#include <QLoggingCategory>
#include <QString>

namespace motcua {

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcModules)

/// Routes Qt messages to stderr and, when given, a log file; masks anything shaped like an ID number.
class LogSink
{
public:
    static void install(const QString& logFilePath = {});
    /// Replaces runs of 9 or more digits with a masked form, so a stray ID number never reaches a log.
    static QString redact(const QString& line);
};

} // namespace motcua
