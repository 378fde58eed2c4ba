#pragma once

#include "ISettingsPage.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace motcua::shell {

/// One page a module adds to the main window's navigation; the widget is created on first visit.
struct PageSpec
{
    QString id;    // stable, e.g. "visitors.checkin"
    QString title; // translated
    QIcon icon;
    int order = 100;            // smaller first
    QString requiredPermission; // empty: every operator sees it
    std::function<QWidget*(QWidget* parent)> factory;
};

/// The widget side of a module: its plugin object implements this next to motcua::IModule.
/// The shell finds it with qobject_cast<IModuleUi*>(pluginObject). Pages are created after sign-in and
/// destroyed at sign-out; they find the operator (a Session for library calls) in the ServiceRegistry
/// as CurrentOperator::kServiceName.
class IModuleUi
{
public:
    virtual ~IModuleUi() = default;
    virtual QList<PageSpec> pages() const = 0;
    /// Settings pages; the shell takes ownership of the returned objects.
    virtual QList<ISettingsPage*> settingsPages() const { return {}; }
};

} // namespace motcua::shell

#define MotcuaModuleUi_iid "vn.motcua.IModuleUi/1"
Q_DECLARE_INTERFACE(motcua::shell::IModuleUi, MotcuaModuleUi_iid)
