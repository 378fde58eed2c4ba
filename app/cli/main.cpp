#include "CliSupport.h"
#include "Commands.h"
#include "ICliCommands.h"
#include "ModuleManager.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace motcua;

namespace {

void printUsage(const ModuleManager& modules)
{
    QString usage = cli::Tr::tr("Usage: motcua-cli <command> [options]\n"
                                "  modules [--json] [--db PATH]            list the modules that loaded\n"
                                "  db init --db PATH --admin USER --password-stdin [--demo]\n"
                                "  db verify --db PATH [--json]            check integrity and the audit chain\n"
                                "  users add|list|passwd|disable --db PATH --as ADMIN ...\n"
                                "  card readers|read|simulate ...          chip ID card (see --help of each)\n"
                                "  pdf sign|verify|tokens ...              PAdES signatures of PDF documents\n"
                                "  --version                               print the version");
    for (QObject* o : modules.moduleObjects())
        if (auto* c = qobject_cast<ICliCommands*>(o))
            usage += QLatin1Char('\n') + c->cliUsage();
    cli::err(usage);
}

/// A command group a module contributes: the module runs on the database given by --db, if any.
int runModuleGroup(const QString& group, const QStringList& args, ModuleManager& discovered)
{
    ICliCommands* handler = nullptr;
    for (QObject* o : discovered.moduleObjects())
        if (auto* c = qobject_cast<ICliCommands*>(o); c && c->cliGroup() == group)
            handler = c;
    if (!handler) {
        cli::err(cli::Tr::tr("Unknown command: %1").arg(group));
        printUsage(discovered);
        return 2;
    }
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size())
        return handler->runCli(args, nullptr);
    QCommandLineParser p;
    p.addOption(cli::dbOption());
    p.parse(QStringList{QStringLiteral("motcua-cli"), QStringLiteral("--db"), args.at(dbAt + 1)});
    // The same plugin instance is initialized again on this database before it runs the command.
    discovered.shutdownAll();
    Result<std::unique_ptr<Workstation>> ws = cli::openWorkstation(p, true);
    if (!ws)
        return cli::fail(ws.status());
    return handler->runCli(args, ws->get());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setOrganizationName(QStringLiteral("motcua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // stdout carries results; stderr carries only what the operator needs, not the library's chatter.
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false\nmotcua.modules.warning=false"));
    cli::installCliTranslator();

    const std::map<QString, std::function<int(const QStringList&)>> groups = {
        {QStringLiteral("db"), cli::runDb},           {QStringLiteral("users"), cli::runUsers},
        {QStringLiteral("modules"), cli::runModules}, {QStringLiteral("card"), cli::runCard},
        {QStringLiteral("pdf"), cli::runPdf},
    };

    QStringList args = app.arguments().mid(1);
    ModuleManager discovered;
    const bool wantsModules =
        args.isEmpty() || args.first().startsWith(QLatin1Char('-')) || !groups.count(args.first());
    if (wantsModules) {
        discovered.setSearchPaths(Workstation::defaultPluginDirs());
        discovered.setCapabilities({QStringLiteral("pcsc")});
        discovered.loadAll();
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(discovered);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        cli::out(QStringLiteral("motcua-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QString group = args.takeFirst();
    const auto it = groups.find(group);
    if (it == groups.end())
        return runModuleGroup(group, args, discovered);
    return it->second(args);
}
