#include "ResidenceModule.h"

#include "Database.h"
#include "PopulationService.h"
#include "ResidenceDemo.h"
#include "ResidenceNotifier.h"
#include "ResidenceSchema.h"
#include "ServiceRegistry.h"
#include "Session.h"
#include "Vault.h"

#if __has_include("ResidencePages.h")
#include "ResidencePages.h"
#define MOTCUA_RESIDENCE_HAS_PAGES 1
#endif

namespace motcua::residence {

QList<Migration> ResidenceModule::migrations() const
{
    return ResidenceSchema::migrations();
}

Status ResidenceModule::initialize(const ModuleContext& context)
{
    m_context = context;
    // The host granted these from residence.json; repeated for the sessions built inside this plugin (CLI).
    Roles::grant(perm::View, {QStringLiteral("police")});
    Roles::grant(perm::Intake, {QStringLiteral("police")});
    Roles::grant(perm::Decide, {QStringLiteral("police")});
    Roles::grant(perm::Accommodation, {QStringLiteral("police")});
    m_notifier = new ResidenceNotifier(this);
    if (context.database) {
        const Vault* vault = nullptr;
        if (context.vault)
            if (auto v = context.vault())
                vault = *v;
        m_population = new PopulationService(*context.database, vault, context.audit, this);
        if (context.services)
            context.services->add(kPopulationService, m_population);
    }
    return Status::ok();
}

void ResidenceModule::aboutToShutdown()
{
    if (m_context.services)
        m_context.services->remove(kPopulationService);
    delete m_population;
    delete m_notifier;
    m_context = {};
}

Result<ResidenceEnvironment> ResidenceModule::environment() const
{
    if (!m_context.database || !m_context.vault)
        return Status::failed(tr("The residence module is not initialized."));
    auto vault = m_context.vault();
    if (!vault)
        return vault.status();
    return ResidenceEnvironment{m_context.database, m_context.audit,     *vault,           m_context.clock,
                                m_context.calendar, m_population.data(), m_notifier.data()};
}

Status ResidenceModule::seedDemoData(const ModuleContext& context)
{
    auto vault = context.vault();
    if (!vault)
        return vault.status();
    QString province = QStringLiteral("01");
    QString commune = QStringLiteral("00004");
    QSqlQuery q = context.database->query();
    if (q.exec(QStringLiteral("SELECT key, value FROM workstation WHERE key IN ('province', 'commune')")))
        while (q.next())
            (q.value(0).toString() == QLatin1String("province") ? province : commune) = q.value(1).toString();
    const ResidenceStore store(
        {context.database, context.audit, *vault, context.clock, context.calendar, m_population.data(), nullptr});
    return ResidenceDemo::seed(store, province, commune);
}

QList<shell::PageSpec> ResidenceModule::pages() const
{
#ifdef MOTCUA_RESIDENCE_HAS_PAGES
    return residencePages(*const_cast<ResidenceModule*>(this));
#else
    return {};
#endif
}

QList<shell::ISettingsPage*> ResidenceModule::settingsPages() const
{
#ifdef MOTCUA_RESIDENCE_HAS_PAGES
    return residenceSettingsPages(*this);
#else
    return {};
#endif
}

} // namespace motcua::residence
