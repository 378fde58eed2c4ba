#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QObject>

/// A static test module with two pages (one needs a permission) and a settings page, for the shell tests.
class GuiSampleModule : public QObject, public motcua::IModule, public motcua::shell::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "guisample.json")
    Q_INTERFACES(motcua::IModule motcua::shell::IModuleUi)

public:
    motcua::Status initialize(const motcua::ModuleContext& context) override;
    QList<motcua::shell::PageSpec> pages() const override;
    QList<motcua::shell::ISettingsPage*> settingsPages() const override;
};
