#include "SystemInfo.h"

#include "Database.h"

#include <QSqlQuery>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace motcua::shell {

QString SystemInfo::applicationVersion()
{
    return QStringLiteral(MOTCUA_VERSION);
}

QString SystemInfo::qtVersion()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return runtime == built ? runtime : tr("%1 (built with %2)").arg(runtime, built);
}

QString SystemInfo::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString SystemInfo::sqliteVersion(Database& db)
{
    QSqlQuery q = db.query();
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return tr("unknown");
}

QString SystemInfo::operatingSystem()
{
    return QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::currentCpuArchitecture() + QLatin1Char(')');
}

} // namespace motcua::shell
