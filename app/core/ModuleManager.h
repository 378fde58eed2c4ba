#pragma once

#include "IModule.h"
#include "ModuleSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace motcua {

/// Finds modules (plugin folders and static plugins), checks their metadata, dependencies and
/// capabilities before loading, loads them in dependency order and drives their lifecycle.
/// A module that cannot load is skipped with its reason; the others go on.
class ModuleManager
{
    Q_DECLARE_TR_FUNCTIONS(motcua::ModuleManager)

public:
    ModuleManager();
    ~ModuleManager();

    void setSearchPaths(const QStringList& dirs) { m_searchPaths = dirs; }
    const QStringList& searchPaths() const { return m_searchPaths; }
    /// Capabilities this workstation offers ("pcsc", "webengine", ...).
    void setCapabilities(const QSet<QString>& caps) { m_capabilities = caps; }

    /// Discovers, checks and loads every module. Problems go to skipped modules and warnings, never abort.
    void loadAll();
    /// Collects every loaded module's migrations.
    QList<Migration> migrations() const;
    /// initialize() in dependency order; a module whose initialize fails is skipped (with dependants).
    void initializeAll(const ModuleContext& context);
    void shutdownAll();

    QList<ModuleSpec> specs() const; // all discovered, with state and skip reason
    QList<IModule*> modules() const; // loaded (and initialized) modules, in dependency order
    QList<QObject*> moduleObjects() const;
    /// Folder-level problems (missing plugin directory, unreadable file) for diagnostics.
    const QStringList& warnings() const { return m_warnings; }

private:
    struct Entry;
    void discoverStatic();
    void discoverDirectory(const QString& dir);
    void addCandidate(const QJsonObject& metaData, const QString& fileName, QObject* staticInstance);
    void resolve();
    void skip(Entry& entry, const QString& reason);

    QStringList m_searchPaths;
    QSet<QString> m_capabilities;
    QList<std::shared_ptr<Entry>> m_entries; // dependency order after resolve()
    QStringList m_warnings;
};

} // namespace motcua
