#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

namespace motcua {

Q_LOGGING_CATEGORY(lcCore, "motcua.core")
Q_LOGGING_CATEGORY(lcDatabase, "motcua.db")
Q_LOGGING_CATEGORY(lcAccounts, "motcua.accounts")
Q_LOGGING_CATEGORY(lcAudit, "motcua.audit")
Q_LOGGING_CATEGORY(lcVault, "motcua.vault")
Q_LOGGING_CATEGORY(lcModules, "motcua.modules")

namespace {
QFile* g_logFile = nullptr;
QMutex g_logMutex;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QString::fromLatin1(levelName(type)),
                 QString::fromLatin1(context.category ? context.category : "default"), LogSink::redact(message));
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&g_logMutex);
    std::fputs(bytes.constData(), stderr);
    if (g_logFile) {
        g_logFile->write(bytes);
        g_logFile->flush();
    }
}
} // namespace

void LogSink::install(const QString& logFilePath)
{
    if (!logFilePath.isEmpty()) {
        auto* file = new QFile(logFilePath);
        if (file->open(QIODevice::Append | QIODevice::Text)) {
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            g_logFile = file;
        } else {
            delete file;
        }
    }
    qInstallMessageHandler(handler);
}

QString LogSink::redact(const QString& line)
{
    static const QRegularExpression digits(QStringLiteral("\\d{9,}"));
    QString out = line;
    out.replace(digits, QStringLiteral("<redacted>"));
    return out;
}

} // namespace motcua
