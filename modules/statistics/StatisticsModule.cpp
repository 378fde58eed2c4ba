#include "StatisticsModule.h"

#include "Icons.h"

#include "DashboardPage.h"
#include "Permissions.h"
#include "PopulationSourceBridge.h"
#include "ServiceRegistry.h"
#include "StatisticsSchema.h"
#include "StatsCommands.h"
#include "Vault.h"

#include <QIcon>

namespace motcua::statistics {

QList<Migration> StatisticsModule::migrations() const
{
    return schemaMigrations();
}

Status StatisticsModule::initialize(const ModuleContext& context)
{
    m_context = context;
    // This plugin carries its own copy of the core library, so the grants the host made from our metadata
    // are repeated here for the sessions our code builds (CLI operators).
    Roles::grant(kPermView, {QStringLiteral("analyst"), QStringLiteral("police")});
    Roles::grant(kPermImport, {QStringLiteral("analyst")});
    return Status::ok();
}

void StatisticsModule::extensionsInitialized()
{
    if (!m_context.services || !m_context.database)
        return;
    QObject* source = m_context.services->object(kPopulationSourceService);
    if (!source || !m_context.vault)
        return;
    Result<Vault*> vault = m_context.vault();
    if (!vault)
        return;
    m_bridge = new PopulationSourceBridge(*m_context.database, *vault, this);
    if (!m_bridge->attach(source)) {
        delete m_bridge;
        m_bridge = nullptr;
    }
}

void StatisticsModule::aboutToShutdown()
{
    delete m_bridge;
    m_bridge = nullptr;
    m_context = {};
}

QList<shell::PageSpec> StatisticsModule::pages() const
{
    shell::PageSpec page;
    page.id = QStringLiteral("statistics.dashboard");
    page.title = tr("Population");
    page.icon = motcua::shell::shippedIcon(QLatin1String("office-chart-bar"));
    page.order = 60;
    page.requiredPermission = kPermView;
    const ModuleContext context = m_context;
    page.factory = [context](QWidget* parent) -> QWidget* { return new DashboardPage(context, parent); };
    return {page};
}

QString StatisticsModule::cliUsage() const
{
    return StatsCommands::usage();
}

int StatisticsModule::runCli(const QStringList& args, Workstation* workstation)
{
    return StatsCommands::run(args, workstation);
}

} // namespace motcua::statistics
