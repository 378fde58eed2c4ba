#pragma once

#include "IModuleUi.h"

#include <QList>
#include <memory>
#include <vector>

class QObject;

namespace motcua {
class Session;
}

namespace motcua::shell {

/// Collects what the loaded modules contribute to the window: pages (only those the operator may
/// open, in order) and settings pages.
class ModuleUiCatalog
{
public:
    static QList<PageSpec> pagesFor(const QList<QObject*>& moduleObjects, const Session& session);
    static std::vector<std::unique_ptr<ISettingsPage>> settingsPages(const QList<QObject*>& moduleObjects);
};

} // namespace motcua::shell
