#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace motcua;

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
        {QStringLiteral("db"), cli::runDb},
        {QStringLiteral("users"), cli::runUsers},
        {QStringLiteral("modules"), cli::runModules},
        {QStringLiteral("card"), cli::runCard},
    };

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        cli::printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        cli::out(QStringLiteral("motcua-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QString group = args.takeFirst();
    const auto it = groups.find(group);
    if (it == groups.end()) {
        cli::err(QCoreApplication::translate("motcua::cli", "Unknown command: %1").arg(group));
        cli::printUsage();
        return 2;
    }
    return it->second(args);
}
