#include "RetentionPurge.h"

#include "Clock.h"
#include "Database.h"
#include "DbTime.h"
#include "Session.h"
#include "WriteRetry.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::visitors {

Result<PurgeReport> RetentionPurge::run(const Session& session, const VisitorsSettings& settings)
{
    const QDateTime now = m_store.env().clock->now();
    const QString visitCutoff = dbTime(now.addDays(-settings.visitRetentionDays));
    const QString profileCutoff = dbTime(now.addDays(-settings.profileRetentionDays));
    PurgeReport report;
    Database& db = *m_store.env().db;
    auto remove = [&db](const QString& sql, const QVariantList& binds, int* count, const char* what) {
        QSqlQuery q = db.query();
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        Status s = db.exec(q, what);
        if (s)
            *count = q.numRowsAffected();
        return s;
    };
    Status s = WriteRetry::run(db, [&]() -> Status {
        report = PurgeReport{};
        // Open visits are kept whatever their age: the person may still be inside.
        if (Status e = remove(QStringLiteral("DELETE FROM visitors_logbook WHERE at < ?"), {visitCutoff},
                              &report.logbookLines, "purge logbook");
            !e)
            return e;
        if (Status e = remove(QStringLiteral("DELETE FROM visitors_visits WHERE checked_in_at < ?"
                                             " AND checked_out_at IS NOT NULL"),
                              {visitCutoff}, &report.visits, "purge visits");
            !e)
            return e;
        if (Status e = remove(QStringLiteral("DELETE FROM visitors_invitations WHERE valid_until < ?"), {visitCutoff},
                              &report.invitations, "purge invitations");
            !e)
            return e;
        if (Status e =
                remove(QStringLiteral("DELETE FROM visitors_profiles WHERE last_seen_at < ? AND NOT EXISTS"
                                      " (SELECT 1 FROM visitors_visits v WHERE v.profile_id = visitors_profiles.id)"),
                       {profileCutoff}, &report.profiles, "purge profiles");
            !e)
            return e;
        return m_store.audit(session, QStringLiteral("visitors.retention.purge"), QStringLiteral("visitors"), 0,
                             {{QStringLiteral("visits"), report.visits},
                              {QStringLiteral("profiles"), report.profiles},
                              {QStringLiteral("invitations"), report.invitations},
                              {QStringLiteral("logbookLines"), report.logbookLines},
                              {QStringLiteral("visitDays"), settings.visitRetentionDays},
                              {QStringLiteral("profileDays"), settings.profileRetentionDays}});
    });
    if (!s)
        return s;
    return report;
}

} // namespace motcua::visitors
