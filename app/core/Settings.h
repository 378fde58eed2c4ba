#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {

/// The workstation's settings file (INI). Every value is validated on read: a bad value yields the default.
class Settings
{
public:
    /// The user's settings file, or `iniPath` when given (tests, --config).
    explicit Settings(const QString& iniPath = {});

    QString fileName() const { return m_settings->fileName(); }
    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString& lang);
    int idleLockMinutes() const; // 1..240, default 10
    void setIdleLockMinutes(int minutes);
    QString databasePath() const; // default: <data dir>/motcua.sqlite
    void setDatabasePath(const QString& path);
    QString vaultKeyFile() const; // default: <data dir>/vault.key
    QStringList extraPluginDirs() const;

    QVariant value(const QString& key, const QVariant& fallback = {}) const { return m_settings->value(key, fallback); }
    void setValue(const QString& key, const QVariant& v) { m_settings->setValue(key, v); }
    void sync() { m_settings->sync(); }

    static QString defaultDataDir();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace motcua
