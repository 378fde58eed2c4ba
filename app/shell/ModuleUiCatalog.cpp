#include "ModuleUiCatalog.h"

#include "Session.h"

#include <QObject>

#include <algorithm>

namespace motcua::shell {

QList<PageSpec> ModuleUiCatalog::pagesFor(const QList<QObject*>& moduleObjects, const Session& session)
{
    QList<PageSpec> pages;
    for (QObject* object : moduleObjects) {
        auto* ui = qobject_cast<IModuleUi*>(object);
        if (!ui)
            continue;
        for (const PageSpec& page : ui->pages()) {
            if (page.id.isEmpty() || !page.factory)
                continue;
            if (!page.requiredPermission.isEmpty() && !session.has(page.requiredPermission))
                continue;
            pages.append(page);
        }
    }
    std::stable_sort(pages.begin(), pages.end(),
                     [](const PageSpec& a, const PageSpec& b) { return a.order < b.order; });
    return pages;
}

std::vector<std::unique_ptr<ISettingsPage>> ModuleUiCatalog::settingsPages(const QList<QObject*>& moduleObjects)
{
    std::vector<std::unique_ptr<ISettingsPage>> pages;
    for (QObject* object : moduleObjects)
        if (auto* ui = qobject_cast<IModuleUi*>(object))
            for (ISettingsPage* page : ui->settingsPages())
                if (page)
                    pages.emplace_back(page);
    return pages;
}

} // namespace motcua::shell
