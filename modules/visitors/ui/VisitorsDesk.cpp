#include "VisitorsDesk.h"

#include "CurrentOperator.h"
#include "Database.h"
#include "ServiceRegistry.h"
#include "Vault.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>

namespace motcua::visitors {

VisitorsDesk::VisitorsDesk(const ModuleContext& context, QObject* parent) : QObject(parent), m_context(context) {}

Result<VisitorsStore*> VisitorsDesk::store()
{
    if (m_store)
        return &*m_store;
    if (!m_context.vault)
        return Status::failed(tr("The encrypted store is not available."));
    auto vault = m_context.vault();
    if (!vault)
        return vault.status();
    auto opened = VisitorsStore::open({m_context.database, m_context.audit, *vault, m_context.clock});
    if (!opened)
        return opened.status();
    m_store.emplace(*opened);
    return &*m_store;
}

Session VisitorsDesk::session() const
{
    if (m_sessionOverride)
        return *m_sessionOverride;
    if (m_context.services)
        if (auto* op = m_context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName))
            return op->session();
    return Session();
}

namespace {
// The setup wizard keeps the workstation's name and agency in the foundation's `workstation` table.
QString workstationValue(Database* db, const QString& key)
{
    if (!db)
        return {};
    QSqlQuery q = db->query();
    q.prepare(QStringLiteral("SELECT value FROM workstation WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QString VisitorsDesk::deskName() const
{
    return workstationValue(m_context.database, QStringLiteral("name"));
}

QString VisitorsDesk::agencyName() const
{
    const QString agency = workstationValue(m_context.database, QStringLiteral("agency"));
    return agency.isEmpty() ? tr("Front desk") : agency;
}

QString VisitorsDesk::placeName() const
{
    const QString place = m_context.database ? m_context.database->meta(QStringLiteral("visitors.place")) : QString();
    return place.isEmpty() ? QStringLiteral("Hà Nội") : place;
}

QString VisitorsDesk::outputFolder() const
{
    QString folder = m_outputFolder;
    if (folder.isEmpty())
        folder =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/motcua-visitors");
    QDir().mkpath(folder);
    return folder;
}

} // namespace motcua::visitors
