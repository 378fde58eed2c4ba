#include "ResidenceDesk.h"

#include "AdminUnits.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "OfficialHeading.h"
#include "Permissions.h"
#include "ServiceRegistry.h"
#include "pcsc/ReaderMonitor.h"

#include <QSqlQuery>

namespace motcua::residence {

ResidenceDesk::ResidenceDesk(const ModuleContext& context, EnvironmentFactory environment, QObject* parent)
    : QObject(parent), m_context(context), m_environmentFactory(std::move(environment))
{}

ResidenceDesk::~ResidenceDesk() = default;

Session ResidenceDesk::session() const
{
    if (m_sessionOverride)
        return *m_sessionOverride;
    if (m_context.services)
        if (auto* op = m_context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName))
            return op->session();
    return Session();
}

Result<ResidenceEnvironment> ResidenceDesk::environment()
{
    if (!m_env) {
        auto env = m_environmentFactory();
        if (!env)
            return env.status();
        m_env = *env;
    }
    return *m_env;
}

Result<const ResidenceStore*> ResidenceDesk::store()
{
    if (!m_store) {
        auto env = environment();
        if (!env)
            return env.status();
        m_store = std::make_unique<ResidenceStore>(*env);
    }
    return static_cast<const ResidenceStore*>(m_store.get());
}

ResidenceNotifier* ResidenceDesk::notifier()
{
    auto env = environment();
    return env ? env->notifier : nullptr;
}

void ResidenceDesk::loadPlace() const
{
    if (m_placeLoaded || !m_context.database)
        return;
    m_placeLoaded = true;
    QSqlQuery q = m_context.database->query();
    if (q.exec(QStringLiteral("SELECT key, value FROM workstation WHERE key IN ('province', 'commune')")))
        while (q.next())
            (q.value(0).toString() == QLatin1String("province") ? m_provinceCode : m_communeCode) =
                q.value(1).toString();
    const AdminUnits& units = AdminUnits::instance();
    if (const auto* p = units.province(m_provinceCode))
        m_provinceName = p->fullName;
    if (const auto* c = units.commune(m_communeCode))
        m_communeName = c->fullName;
}

QString ResidenceDesk::provinceCode() const
{
    loadPlace();
    return m_provinceCode;
}

QString ResidenceDesk::communeCode() const
{
    loadPlace();
    return m_communeCode;
}

// The unit names are official text of the forms: always Vietnamese, never translated.
QString ResidenceDesk::agencyName() const
{
    loadPlace();
    return m_communeName.isEmpty() ? QStringLiteral("CÔNG AN XÃ")
                                   : QStringLiteral("CÔNG AN ") + m_communeName.toUpper();
}

QString ResidenceDesk::agencyParent() const
{
    loadPlace();
    return m_provinceName.isEmpty() ? QStringLiteral("CÔNG AN TỈNH")
                                    : QStringLiteral("CÔNG AN ") + m_provinceName.toUpper();
}

QString ResidenceDesk::agencyTitle() const
{
    loadPlace();
    QString commune = m_communeName;
    // The kind of unit is a common noun in running text: "Phường Ba Đình" → "phường Ba Đình".
    for (const QString& kind :
         {QStringLiteral("Phường "), QStringLiteral("Xã "), QStringLiteral("Thị trấn "), QStringLiteral("Đặc khu ")})
        if (commune.startsWith(kind))
            commune = kind.toLower() + commune.mid(kind.size());
    return commune.isEmpty() ? QStringLiteral("Công an xã") : QStringLiteral("Công an ") + commune;
}

QString ResidenceDesk::placeDate(const QDate& date) const
{
    loadPlace();
    QString place = m_provinceName;
    for (const QString& prefix : {QStringLiteral("Thành phố "), QStringLiteral("Tỉnh ")})
        if (place.startsWith(prefix))
            place = place.mid(prefix.size());
    return motcua::documents::OfficialHeading::vietnameseDateLine(place, date);
}

card::ReaderMonitor* ResidenceDesk::readerMonitor() const
{
    return m_context.services ? m_context.services->get<card::ReaderMonitor>(card::kReaderMonitorService) : nullptr;
}

QString ResidenceDesk::listedId(const QString& idNumber) const
{
    return session().has(motcua::perm::CitizenFullId) ? idNumber : maskIdNumber(idNumber);
}

} // namespace motcua::residence
