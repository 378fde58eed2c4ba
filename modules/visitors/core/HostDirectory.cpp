#include "HostDirectory.h"

#include "Database.h"
#include "DbTime.h"
#include "Session.h"

#include <QCollator>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

namespace {
Host hostFrom(const QSqlQuery& q)
{
    Host h;
    h.id = q.value(0).toLongLong();
    h.name = q.value(1).toString();
    h.department = q.value(2).toString();
    h.phone = q.value(3).toString();
    h.active = q.value(4).toBool();
    return h;
}
} // namespace

QList<Host> HostDirectory::list(bool activeOnly) const
{
    QSqlQuery q = m_store.env().db->query();
    q.exec(QStringLiteral("SELECT id, name, department, phone, active FROM visitors_hosts") +
           (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()));
    QList<Host> out;
    while (q.next())
        out.append(hostFrom(q));
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(out.begin(), out.end(), [&](const Host& a, const Host& b) {
        const int d = collator.compare(a.department, b.department);
        return d != 0 ? d < 0 : collator.compare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<Host> HostDirectory::find(qint64 id) const
{
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("SELECT id, name, department, phone, active FROM visitors_hosts WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return hostFrom(q);
    return std::nullopt;
}

Result<qint64> HostDirectory::add(const Session& session, const Host& host)
{
    if (Status s = session.require(perm::HostsManage); !s)
        return s;
    if (host.name.trimmed().isEmpty())
        return Status(Status::Code::InputRejected, tr("Enter the host's name."));
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("INSERT INTO visitors_hosts(name, department, phone, active) VALUES(?,?,?,?)"));
    q.addBindValue(host.name.trimmed());
    q.addBindValue(nonNull(host.department.trimmed()));
    q.addBindValue(nonNull(host.phone.trimmed()));
    q.addBindValue(host.active ? 1 : 0);
    if (Status s = m_store.env().db->exec(q, "add host"); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = m_store.audit(session, QStringLiteral("visitors.host.add"), QStringLiteral("host"), id); !s)
        return s;
    return id;
}

Status HostDirectory::update(const Session& session, const Host& host)
{
    if (Status s = session.require(perm::HostsManage); !s)
        return s;
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("UPDATE visitors_hosts SET name = ?, department = ?, phone = ?, active = ? WHERE id = ?"));
    q.addBindValue(host.name.trimmed());
    q.addBindValue(nonNull(host.department.trimmed()));
    q.addBindValue(nonNull(host.phone.trimmed()));
    q.addBindValue(host.active ? 1 : 0);
    q.addBindValue(host.id);
    if (Status s = m_store.env().db->exec(q, "update host"); !s)
        return s;
    return m_store.audit(session, QStringLiteral("visitors.host.update"), QStringLiteral("host"), host.id);
}

} // namespace motcua::visitors
