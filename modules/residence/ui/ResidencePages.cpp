#include "ResidencePages.h"

#include "AccommodationPage.h"
#include "CasePage.h"
#include "Icons.h"
#include "NewCasePage.h"
#include "RegistryPage.h"
#include "ResidenceDesk.h"
#include "ResidenceModule.h"
#include "SigningSettingsPage.h"
#include "WorkQueuePage.h"

#include <QCoreApplication>

namespace motcua::residence {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::ResidencePages)
};

// One desk per module, shared by its pages (it lives as long as the plugin object).
ResidenceDesk& deskOf(ResidenceModule& module)
{
    if (auto* desk = module.findChild<ResidenceDesk*>())
        return *desk;
    return *new ResidenceDesk(
        module.context(), [&module] { return module.environment(); }, &module);
}

} // namespace

QList<shell::PageSpec> residencePages(ResidenceModule& module)
{
    ResidenceDesk& desk = deskOf(module);
    QList<shell::PageSpec> pages;
    auto page = [&](const char* id, const QString& title, const char* icon, int order, const QString& permission,
                    std::function<QWidget*(QWidget*)> factory) {
        pages.append({QString::fromLatin1(id), title, shell::shippedIcon(QLatin1String(icon)), order, permission,
                      std::move(factory)});
    };
    page("residence.queue", Tr::tr("Residence: work queue"), "view-list-details", 300, perm::View,
         [&desk](QWidget* parent) { return new WorkQueuePage(desk, parent); });
    page("residence.intake", Tr::tr("Residence: new case"), "document-edit-sign", 301, perm::Intake,
         [&desk](QWidget* parent) { return new NewCasePage(desk, parent); });
    page("residence.case", Tr::tr("Residence: case"), "document-preview", 302, perm::View,
         [&desk](QWidget* parent) { return new CasePage(desk, parent); });
    page("residence.registry", Tr::tr("Residence: registry"), "user-identity", 303, perm::View,
         [&desk](QWidget* parent) { return new RegistryPage(desk, parent); });
    page("residence.accommodation", Tr::tr("Residence: accommodation notices"), "go-home", 304, perm::Accommodation,
         [&desk](QWidget* parent) { return new AccommodationPage(desk, parent); });
    return pages;
}

QList<shell::ISettingsPage*> residenceSettingsPages(const ResidenceModule& module)
{
    return {new SigningSettingsPage(module.context())};
}

} // namespace motcua::residence
