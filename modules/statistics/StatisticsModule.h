#pragma once

#include "ICliCommands.h"
#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

namespace motcua::statistics {

class PopulationSourceBridge;

/// The statistics plugin: schema, the population dashboard page, the `stats` CLI group and the link to
/// the residence registry's population source.
class StatisticsModule : public QObject, public IModule, public shell::IModuleUi, public ICliCommands
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "statistics.json")
    Q_INTERFACES(motcua::IModule motcua::shell::IModuleUi motcua::ICliCommands)
public:
    QList<Migration> migrations() const override;
    Status initialize(const ModuleContext& context) override;
    void extensionsInitialized() override;
    void aboutToShutdown() override;
    Status seedDemoData(const ModuleContext& context) override;

    QList<shell::PageSpec> pages() const override;

    QString cliGroup() const override { return QStringLiteral("stats"); }
    QString cliUsage() const override;
    int runCli(const QStringList& args, Workstation* workstation) override;

private:
    ModuleContext m_context;
    PopulationSourceBridge* m_bridge = nullptr;
};

} // namespace motcua::statistics
