// The settings file can be edited by hand: any content must yield valid, bounded settings.
#include "FuzzSupport.h"
#include "Settings.h"

#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    qunsetenv("MOTCUA_LANGUAGE");
    const QString path = QDir::tempPath() + QStringLiteral("/motcua-fuzz-settings.ini");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes(data, size));
    }
    motcua::Settings s(path);
    const QString lang = s.language();
    const int idle = s.idleLockMinutes();
    if ((lang != QLatin1String("vi") && lang != QLatin1String("en")) || idle < 1 || idle > 240 ||
        !QDir::isAbsolutePath(s.databasePath()))
        __builtin_trap();
    for (const QString& d : s.extraPluginDirs())
        if (!QDir::isAbsolutePath(d))
            __builtin_trap();
    (void)s.vaultKeyFile();
    return 0;
}
