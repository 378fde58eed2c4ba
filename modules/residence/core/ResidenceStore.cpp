#include "ResidenceStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "PopulationService.h"
#include "ResidenceNotifier.h"
#include "Session.h"
#include "Vault.h"

namespace motcua::residence {

Status ResidenceStore::audit(const Session& session, const QString& action, const QString& subjectType,
                             qint64 subjectId, const QJsonObject& details) const
{
    AuditEntry e;
    e.action = action;
    e.subjectType = subjectType;
    e.subjectId = subjectId ? QString::number(subjectId) : QStringLiteral(""); // NOT NULL column
    e.details = details;
    return m_env.audit->append(session.username(), e);
}

Result<QString> ResidenceStore::seal(const QString& text, const char* context) const
{
    if (text.isEmpty())
        return QString();
    if (!m_env.vault)
        return Status::failed(QCoreApplication::translate("motcua::residence::ResidenceStore",
                                                          "The vault is not open; sensitive fields cannot be saved."));
    return m_env.vault->sealText(text, QByteArray(context));
}

Result<QString> ResidenceStore::unseal(const QString& sealed, const char* context) const
{
    if (sealed.isEmpty())
        return QString();
    if (!m_env.vault)
        return Status::failed(QCoreApplication::translate("motcua::residence::ResidenceStore",
                                                          "The vault is not open; sensitive fields cannot be read."));
    return m_env.vault->unsealText(sealed, QByteArray(context));
}

void ResidenceStore::publish(const QList<QPair<QVariantMap, QVariantMap>>& changes) const
{
    if (m_env.population)
        for (const auto& [before, after] : changes)
            if (before != after)
                m_env.population->publish(before, after);
    if (m_env.notifier)
        emit m_env.notifier->registryChanged();
}

void ResidenceStore::notifyCases() const
{
    if (m_env.notifier)
        emit m_env.notifier->casesChanged();
}

void ResidenceStore::notifyNotices() const
{
    if (m_env.notifier)
        emit m_env.notifier->noticesChanged();
}

ResidenceConnection::~ResidenceConnection() = default;

Result<std::unique_ptr<ResidenceConnection>> ResidenceConnection::open(const ResidenceEnvironment& base)
{
    auto db = base.db->openAnother();
    if (!db)
        return db.status();
    std::unique_ptr<ResidenceConnection> c(new ResidenceConnection);
    c->m_db = std::move(*db);
    c->m_audit = std::make_unique<AuditLog>(*c->m_db, *base.clock);
    ResidenceEnvironment env = base;
    env.db = c->m_db.get();
    env.audit = c->m_audit.get();
    c->m_store = std::make_unique<ResidenceStore>(env);
    return c;
}

QString maskIdNumber(const QString& idNumber)
{
    if (idNumber.size() < 8)
        return QString(idNumber.size(), QLatin1Char('*'));
    return idNumber.left(4) + QString(idNumber.size() - 6, QLatin1Char('*')) + idNumber.right(2);
}

} // namespace motcua::residence
