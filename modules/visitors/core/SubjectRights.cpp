#include "SubjectRights.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "Session.h"
#include "VisitHistory.h"
#include "VisitorRepository.h"
#include "WriteRetry.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

Result<QJsonObject> SubjectRights::exportPerson(const Session& session, const QString& idNumber) const
{
    if (Status s = session.require(perm::SubjectRights); !s)
        return s;
    VisitorRepository profiles(m_store.env(), m_store.ids());
    QJsonObject out{{QStringLiteral("exportedAt"), m_store.env().clock->now().toString(Qt::ISODate)},
                    {QStringLiteral("purpose"), tr("Visitor register of the front desk")}};
    const std::optional<qint64> profileId = profiles.findByIdNumber(idNumber);
    if (profileId) {
        auto identity = profiles.load(*profileId);
        if (!identity)
            return identity.status();
        out.insert(QStringLiteral("person"), QJsonObject{{QStringLiteral("idNumber"), identity->idNumber},
                                                         {QStringLiteral("fullName"), identity->fullName},
                                                         {QStringLiteral("dateOfBirth"), dbDate(identity->dateOfBirth)},
                                                         {QStringLiteral("sex"), identity->sex},
                                                         {QStringLiteral("placeOfResidence"), identity->residence},
                                                         {QStringLiteral("cardExpiry"), dbDate(identity->cardExpiry)},
                                                         {QStringLiteral("portraitJpegBase64"),
                                                          QString::fromLatin1(identity->portrait.toBase64())}});
        QJsonArray visits;
        for (const VisitRow& v : VisitHistory(m_store).visitsOf(*profileId))
            visits.append(QJsonObject{{QStringLiteral("checkedInAt"), v.checkedInAt.toString(Qt::ISODate)},
                                      {QStringLiteral("checkedOutAt"), v.checkedOutAt.toString(Qt::ISODate)},
                                      {QStringLiteral("host"), v.hostName},
                                      {QStringLiteral("department"), v.department},
                                      {QStringLiteral("purpose"), v.purpose},
                                      {QStringLiteral("badge"), v.badgeNumber},
                                      {QStringLiteral("checkoutMethod"), toDbString(v.checkoutMethod)},
                                      {QStringLiteral("verification"), toDbString(v.verification)}});
        out.insert(QStringLiteral("visits"), visits);
    }
    QSqlQuery q = m_store.env().db->query();
    q.prepare(QStringLiteral("SELECT guest_name, valid_from, valid_until, purpose FROM visitors_invitations"
                             " WHERE id_hash = ?"));
    q.addBindValue(m_store.ids().hash(idNumber));
    QJsonArray invitations;
    if (q.exec())
        while (q.next())
            invitations.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                                           {QStringLiteral("validFrom"), q.value(1).toString()},
                                           {QStringLiteral("validUntil"), q.value(2).toString()},
                                           {QStringLiteral("purpose"), q.value(3).toString()}});
    out.insert(QStringLiteral("invitations"), invitations);
    if (Status s = m_store.audit(session, QStringLiteral("visitors.subject.export"), QStringLiteral("profile"),
                                 profileId.value_or(0));
        !s)
        return s;
    return out;
}

Result<ErasureReport> SubjectRights::erasePerson(const Session& session, const QString& idNumber)
{
    if (Status s = session.require(perm::SubjectRights); !s)
        return s;
    ErasureReport report;
    const QByteArray hash = m_store.ids().hash(idNumber);
    Database& db = *m_store.env().db;
    Status s = WriteRetry::run(db, [&]() -> Status {
        report = ErasureReport{};
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("DELETE FROM visitors_visits WHERE profile_id IN"
                                 " (SELECT id FROM visitors_profiles WHERE id_hash = ?)"));
        q.addBindValue(hash);
        if (Status e = db.exec(q, "erase visits"); !e)
            return e;
        report.visits = q.numRowsAffected();
        q.prepare(QStringLiteral("DELETE FROM visitors_profiles WHERE id_hash = ?"));
        q.addBindValue(hash);
        if (Status e = db.exec(q, "erase profile"); !e)
            return e;
        report.profiles = q.numRowsAffected();
        q.prepare(QStringLiteral("DELETE FROM visitors_invitations WHERE id_hash = ?"));
        q.addBindValue(hash);
        if (Status e = db.exec(q, "erase invitations"); !e)
            return e;
        report.invitations = q.numRowsAffected();
        return m_store.audit(session, QStringLiteral("visitors.subject.erase"), QStringLiteral("profile"), 0,
                             {{QStringLiteral("profiles"), report.profiles},
                              {QStringLiteral("visits"), report.visits},
                              {QStringLiteral("invitations"), report.invitations}});
    });
    if (!s)
        return s;
    return report;
}

} // namespace motcua::visitors
