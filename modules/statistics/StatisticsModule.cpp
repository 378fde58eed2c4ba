#include "StatisticsModule.h"

#include "Icons.h"

#include "Clock.h"
#include "DashboardPage.h"
#include "DateCodec.h"
#include "PopulationSourceBridge.h"
#include "ResidentImporter.h"
#include "ServiceRegistry.h"
#include "StatisticsSchema.h"
#include "StatsCommands.h"
#include "SyntheticGenerator.h"
#include "Vault.h"

#include <QBuffer>
#include <QIcon>

namespace motcua::statistics {

QList<Migration> StatisticsModule::migrations() const
{
    return schemaMigrations();
}

Status StatisticsModule::initialize(const ModuleContext& context)
{
    // The host grants statistics.view and statistics.import to the roles in statistics.json (core is a
    // shared library, so the grants reach the sessions this plugin's CLI commands build).
    m_context = context;
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

Status StatisticsModule::seedDemoData(const ModuleContext& context)
{
    // A demo office shows a populated dashboard: synthetic residents (the same every time), imported
    // as any resident file would be.
    constexpr qint64 kDemoResidents = 60000;
    constexpr quint64 kDemoSeed = 2026;
    if (!context.database || !context.vault)
        return Status::ok();
    Result<Vault*> vault = context.vault();
    if (!vault)
        return vault.status();
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    if (Status s = SyntheticGenerator().write(&csv, kDemoResidents, kDemoSeed); !s)
        return s;
    csv.close();
    csv.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.today = datecodec::fromDate(context.clock ? context.clock->today() : QDate::currentDate());
    ImportReport report;
    return ResidentImporter(*context.database, *vault).run(&csv, options, &report);
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
