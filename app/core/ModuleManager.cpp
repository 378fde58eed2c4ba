#include "ModuleManager.h"

#include "Logging.h"
#include "Permissions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

namespace motcua {

struct ModuleManager::Entry
{
    ModuleSpec spec;
    std::unique_ptr<QPluginLoader> loader; // null for static plugins
    QObject* instance = nullptr;
    IModule* module = nullptr;
};

ModuleManager::ModuleManager() = default;

ModuleManager::~ModuleManager()
{
    shutdownAll();
}

void ModuleManager::loadAll()
{
    m_entries.clear();
    m_warnings.clear();
    discoverStatic();
    for (const QString& dir : std::as_const(m_searchPaths))
        discoverDirectory(dir);
    resolve();
    for (auto& e : m_entries) {
        if (e->spec.state != ModuleSpec::State::Discovered)
            continue;
        if (e->loader) {
            e->instance = e->loader->instance();
            if (!e->instance) {
                skip(*e, tr("its library could not be loaded (%1)").arg(e->loader->errorString()));
                continue;
            }
        }
        e->module = qobject_cast<IModule*>(e->instance);
        if (!e->module) {
            skip(*e, tr("it does not implement the module interface"));
            continue;
        }
        e->spec.state = ModuleSpec::State::Loaded;
        for (const ModulePermission& p : std::as_const(e->spec.permissions))
            Roles::grant(p.id, p.roles);
        qCInfo(lcModules) << "loaded module" << e->spec.id << e->spec.version.toString();
    }
    // A dependency that failed to load takes its dependants with it.
    resolve();
}

void ModuleManager::discoverStatic()
{
    const auto plugins = QPluginLoader::staticPlugins();
    for (const QStaticPlugin& plugin : plugins) {
        const QJsonObject meta = plugin.metaData();
        if (meta.value(QLatin1String("IID")).toString() != QLatin1String(MotcuaModule_iid))
            continue;
        addCandidate(meta, {}, plugin.instance());
    }
}

void ModuleManager::discoverDirectory(const QString& dir)
{
    const QDir d(dir);
    if (!d.exists()) {
        m_warnings.append(tr("The module folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));
        qCWarning(lcModules) << "module folder missing:" << dir;
        return;
    }
    const QFileInfoList files = d.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : files) {
        if (!QLibrary::isLibrary(fi.fileName()))
            continue;
        auto loader = std::make_unique<QPluginLoader>(fi.absoluteFilePath());
        const QJsonObject meta = loader->metaData();
        if (meta.isEmpty()) {
            m_warnings.append(tr("%1 is not a Một Cửa module (%2).").arg(fi.fileName(), loader->errorString()));
            qCWarning(lcModules) << "not a plugin:" << fi.fileName();
            continue;
        }
        if (meta.value(QLatin1String("IID")).toString() != QLatin1String(MotcuaModule_iid)) {
            m_warnings.append(tr("%1 is a plugin of another kind and was ignored.").arg(fi.fileName()));
            continue;
        }
        const qsizetype before = m_entries.size();
        addCandidate(meta, fi.absoluteFilePath(), nullptr);
        if (m_entries.size() > before)
            m_entries.last()->loader = std::move(loader);
    }
}

void ModuleManager::addCandidate(const QJsonObject& metaData, const QString& fileName, QObject* staticInstance)
{
    auto entry = std::make_shared<Entry>();
    entry->instance = staticInstance;
    Result<ModuleSpec> spec = ModuleSpec::fromJson(metaData.value(QLatin1String("MetaData")).toObject());
    if (!spec) {
        entry->spec.id = fileName.isEmpty() ? QStringLiteral("?") : QFileInfo(fileName).baseName();
        entry->spec.name = entry->spec.id;
        entry->spec.fileName = fileName;
        skip(*entry, spec.status().message());
        m_entries.append(entry);
        return;
    }
    entry->spec = *spec;
    entry->spec.fileName = fileName;
    for (const auto& other : std::as_const(m_entries)) {
        if (other->spec.id == entry->spec.id && other->spec.state != ModuleSpec::State::Skipped) {
            skip(*entry,
                 tr("another module with the id \"%1\" is already present (%2)")
                     .arg(entry->spec.id, other->spec.fileName.isEmpty() ? tr("built in") : other->spec.fileName));
            m_entries.append(entry);
            return;
        }
    }
    if (entry->spec.apiVersion != kModuleApiVersion)
        skip(*entry, tr("it was built for module interface %1, this workstation offers %2")
                         .arg(entry->spec.apiVersion)
                         .arg(kModuleApiVersion));
    for (const QString& cap : std::as_const(entry->spec.capabilities))
        if (entry->spec.state != ModuleSpec::State::Skipped && !m_capabilities.contains(cap))
            skip(*entry, tr("it needs \"%1\", which this workstation does not offer").arg(cap));
    m_entries.append(entry);
}

void ModuleManager::skip(Entry& entry, const QString& reason)
{
    entry.spec.state = ModuleSpec::State::Skipped;
    entry.spec.skipReason = reason;
    entry.module = nullptr;
    qCWarning(lcModules) << "module skipped:" << entry.spec.id << "-" << reason;
}

void ModuleManager::resolve()
{
    // Topological order; unresolved or circular dependencies skip the module.
    QList<std::shared_ptr<Entry>> ordered;
    QSet<QString> placed;
    QList<std::shared_ptr<Entry>> pending;
    for (auto& e : m_entries) {
        if (e->spec.state == ModuleSpec::State::Skipped)
            ordered.append(e);
        else
            pending.append(e);
    }
    QList<std::shared_ptr<Entry>> active;
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            auto& e = pending[i];
            bool ready = true;
            for (const QString& dep : std::as_const(e->spec.dependencies)) {
                const bool exists =
                    std::any_of(pending.cbegin(), pending.cend(), [&](const auto& o) { return o->spec.id == dep; }) ||
                    placed.contains(dep);
                if (!exists) {
                    skip(*e, tr("it needs the module \"%1\", which is missing or did not load").arg(dep));
                    ordered.append(e);
                    pending.removeAt(i);
                    progress = true;
                    ready = false;
                    break;
                }
                if (!placed.contains(dep))
                    ready = false;
            }
            if (!progress && ready) {
                placed.insert(e->spec.id);
                active.append(e);
                pending.removeAt(i);
                progress = true;
            }
            if (progress)
                break;
        }
    }
    for (auto& e : pending) {
        skip(*e, tr("its dependencies form a circle (%1)").arg(e->spec.dependencies.join(QStringLiteral(", "))));
        ordered.append(e);
    }
    m_entries = active + ordered;
}

QList<Migration> ModuleManager::migrations() const
{
    QList<Migration> out;
    for (const auto& e : m_entries)
        if (e->module)
            out += e->module->migrations();
    return out;
}

void ModuleManager::initializeAll(const ModuleContext& context)
{
    for (auto& e : m_entries) {
        if (!e->module || e->spec.state != ModuleSpec::State::Loaded)
            continue;
        Status s = e->module->initialize(context);
        if (!s) {
            skip(*e, tr("it failed to start: %1").arg(s.message()));
            continue;
        }
        e->spec.state = ModuleSpec::State::Initialized;
    }
    resolve();
    for (auto& e : m_entries)
        if (e->module && e->spec.state == ModuleSpec::State::Initialized)
            e->module->extensionsInitialized();
}

void ModuleManager::shutdownAll()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        if ((*it)->module && (*it)->spec.state == ModuleSpec::State::Initialized) {
            (*it)->module->aboutToShutdown();
            (*it)->spec.state = ModuleSpec::State::Loaded;
        }
}

QList<ModuleSpec> ModuleManager::specs() const
{
    QList<ModuleSpec> out;
    for (const auto& e : m_entries)
        out.append(e->spec);
    return out;
}

QList<IModule*> ModuleManager::modules() const
{
    QList<IModule*> out;
    for (const auto& e : m_entries)
        if (e->module && e->spec.state != ModuleSpec::State::Skipped)
            out.append(e->module);
    return out;
}

QList<QObject*> ModuleManager::moduleObjects() const
{
    QList<QObject*> out;
    for (const auto& e : m_entries)
        if (e->module && e->spec.state != ModuleSpec::State::Skipped)
            out.append(e->instance);
    return out;
}

} // namespace motcua
