// motcua-cli modules: which plugin modules loaded, and why the others did not.
#include "CliSupport.h"
#include "Commands.h"
#include "ModuleManager.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

int runModules(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(), jsonOption()});
    int code = 0;
    if (!parse(p, QStringLiteral("modules"), args, &code))
        return code;
    // With --db the modules are also initialized against that database; without, only loaded.
    std::unique_ptr<Workstation> ws;
    ModuleManager standalone;
    ModuleManager* manager = &standalone;
    if (p.isSet(QStringLiteral("db"))) {
        Result<std::unique_ptr<Workstation>> opened = openWorkstation(p);
        if (!opened)
            return fail(opened.status());
        ws = std::move(*opened);
        manager = &ws->modules();
    } else {
        standalone.setSearchPaths(Workstation::defaultPluginDirs());
        standalone.setCapabilities({QStringLiteral("pcsc")});
        standalone.loadAll();
    }
    QJsonArray loaded;
    for (const ModuleSpec& spec : manager->specs()) {
        if (spec.state == ModuleSpec::State::Skipped) {
            err(Tr::tr("Module \"%1\" was not loaded: %2").arg(spec.id, spec.skipReason));
            continue;
        }
        loaded.append(QJsonObject{{QStringLiteral("id"), spec.id},
                                  {QStringLiteral("name"), spec.name},
                                  {QStringLiteral("version"), spec.version.toString()}});
    }
    for (const QString& w : manager->warnings())
        err(w);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(loaded);
    } else {
        for (const QJsonValue& v : loaded)
            out(QStringLiteral("%1\t%2\t%3\n")
                    .arg(v[QLatin1String("id")].toString(), v[QLatin1String("version")].toString(),
                         v[QLatin1String("name")].toString()));
    }
    return 0;
}

} // namespace motcua::cli
