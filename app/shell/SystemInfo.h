#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::shell {

/// Versions of the application and the libraries it runs on, for About and Diagnostics.
class SystemInfo
{
    Q_DECLARE_TR_FUNCTIONS(motcua::shell::SystemInfo)

public:
    static QString applicationVersion();
    static QString qtVersion();
    static QString openSslVersion();
    /// The SQLite library version as seen through `db`'s connection.
    static QString sqliteVersion(Database& db);
    static QString operatingSystem();
};

} // namespace motcua::shell
