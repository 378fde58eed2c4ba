#pragma once

#include "IModule.h"
#include "IModuleUi.h"
#include "PopulationService.h"
#include "ResidenceNotifier.h"
#include "ResidenceStore.h"

#include <QObject>
#include <QPointer>

namespace motcua::residence {

/// The residence plugin: schema, the "residence.population" service for other modules, demo data, and the
/// pages (from the ui library: `QList<shell::PageSpec> residencePages(ResidenceModule&)` in ResidencePages.h).
class ResidenceModule : public QObject, public IModule, public shell::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "residence.json")
    Q_INTERFACES(motcua::IModule motcua::shell::IModuleUi)

public:
    QList<Migration> migrations() const override;
    Status initialize(const ModuleContext& context) override;
    void aboutToShutdown() override;
    Status seedDemoData(const ModuleContext& context) override;

    QList<shell::PageSpec> pages() const override;
    QList<shell::ISettingsPage*> settingsPages() const override;

    const ModuleContext& context() const { return m_context; }
    /// The GUI thread's environment (opens the vault on first use). Workers: ResidenceConnection::open(env).
    Result<ResidenceEnvironment> environment() const;
    ResidenceNotifier* notifier() const { return m_notifier; }
    PopulationService* population() const { return m_population; }

private:
    ModuleContext m_context;
    QPointer<ResidenceNotifier> m_notifier;
    QPointer<PopulationService> m_population;
};

} // namespace motcua::residence
