#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

namespace motcua::certification {

/// The certification plugin: schema, the register and verification pages, and the permissions it declares.
class CertificationModule : public QObject, public IModule, public shell::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "certification.json")
    Q_INTERFACES(motcua::IModule motcua::shell::IModuleUi)
public:
    QList<Migration> migrations() const override;
    Status initialize(const ModuleContext& context) override;
    void aboutToShutdown() override;

    QList<shell::PageSpec> pages() const override;
    QList<shell::ISettingsPage*> settingsPages() const override;

private:
    void startOutbox();

    ModuleContext m_context;
    class DeliveryOutbox* m_outbox = nullptr;
};

} // namespace motcua::certification
