#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace motcua {

Settings::Settings(const QString& iniPath)
{
    if (iniPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        m_settings = std::make_unique<QSettings>(dir + QStringLiteral("/motcua.ini"), QSettings::IniFormat);
    } else {
        m_settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    }
}

QString Settings::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Settings::language() const
{
    // MOTCUA_LANGUAGE lets scripts and tests pin the language without touching the user's settings.
    const QString env = qEnvironmentVariable("MOTCUA_LANGUAGE");
    const QString lang = env.isEmpty() ? m_settings->value(QStringLiteral("ui/language")).toString() : env;
    return lang == QLatin1String("en") ? lang : QStringLiteral("vi");
}

void Settings::setLanguage(const QString& lang)
{
    m_settings->setValue(QStringLiteral("ui/language"), lang == QLatin1String("en") ? lang : QStringLiteral("vi"));
}

int Settings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(QStringLiteral("security/idleLockMinutes")).toInt(&ok);
    return (ok && minutes >= 1 && minutes <= 240) ? minutes : 10;
}

void Settings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("security/idleLockMinutes"), qBound(1, minutes, 240));
}

QString Settings::databasePath() const
{
    const QString path = m_settings->value(QStringLiteral("storage/databasePath")).toString();
    if (!path.isEmpty() && QDir::isAbsolutePath(path))
        return path;
    return defaultDataDir() + QStringLiteral("/motcua.sqlite");
}

void Settings::setDatabasePath(const QString& path)
{
    m_settings->setValue(QStringLiteral("storage/databasePath"), path);
}

QString Settings::vaultKeyFile() const
{
    const QString path = m_settings->value(QStringLiteral("security/vaultKeyFile")).toString();
    return (!path.isEmpty() && QDir::isAbsolutePath(path)) ? path : QString();
}

QStringList Settings::extraPluginDirs() const
{
    QStringList out;
    const QStringList dirs = m_settings->value(QStringLiteral("modules/extraDirs")).toStringList();
    for (const QString& d : dirs)
        if (QDir::isAbsolutePath(d))
            out.append(d);
    return out;
}

} // namespace motcua
