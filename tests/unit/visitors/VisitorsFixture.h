#pragma once

#include "AuditLog.h"
#include "CheckInService.h"
#include "Database.h"
#include "Permissions.h"
#include "Session.h"
#include "TestWorkstation.h"
#include "Vault.h"
#include "VisitorsSchema.h"
#include "VisitorsStore.h"

#include <QFile>
#include <QSqlQuery>

namespace motcua::visitors::test {

/// A test workstation with the visitors schema, its vault, a front-desk operator and a supervisor.
struct VisitorsFixture
{
    motcua::test::TestWorkstation tw;
    VisitorsEnvironment env;
    std::optional<VisitorsStore> store;
    Session desk{7, QStringLiteral("desk1"), QStringLiteral("Lễ tân 1"), QStringLiteral("frontdesk")};
    Session supervisor;

    VisitorsFixture()
    {
        grantPermissions();
        desk = Session(7, QStringLiteral("desk1"), QStringLiteral("Lễ tân 1"), QStringLiteral("frontdesk"));
        supervisor = tw.admin();
        if (Status s = tw.ws->database().migrate(VisitorsSchema::migrations()); !s)
            qFatal("migrate: %s", qPrintable(s.details()));
        auto vault = tw.ws->vault();
        if (!vault)
            qFatal("vault: %s", qPrintable(vault.status().message()));
        env = {&tw.ws->database(), &tw.ws->audit(), *vault, &tw.clock};
        auto opened = VisitorsStore::open(env);
        if (!opened)
            qFatal("store: %s", qPrintable(opened.status().message()));
        store.emplace(*opened);
    }

    static void grantPermissions()
    {
        Roles::grant(perm::CheckIn, {QStringLiteral("frontdesk")});
        Roles::grant(perm::History, {QStringLiteral("frontdesk")});
        Roles::grant(perm::Statistics, {QStringLiteral("frontdesk")});
        Roles::grant(perm::Override, {});
        Roles::grant(perm::WatchlistManage, {});
        Roles::grant(perm::HostsManage, {});
        Roles::grant(perm::SubjectRights, {});
    }

    /// Stands in for a JPEG: distinctive bytes the raw-file check can look for.
    static QByteArray samplePortrait()
    {
        QByteArray bytes("\xFF\xD8\xFF\xE0portrait");
        quint32 x = 2463534242u;
        for (int i = 0; i < 4000; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes.append(char(x & 0xFF));
        }
        return bytes;
    }

    static VisitorIdentity person(const QString& id = QStringLiteral("001089012345"),
                                  const QString& name = QStringLiteral("Nguyễn Văn Đức"))
    {
        VisitorIdentity p;
        p.idNumber = id;
        p.fullName = name;
        p.dateOfBirth = QDate(1989, 3, 15);
        p.sex = QStringLiteral("M");
        p.residence = QStringLiteral("Số 12 Phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội");
        p.portrait = samplePortrait();
        p.cardExpiry = QDate(2029, 3, 15);
        return p;
    }

    static CheckInRequest request(const VisitorIdentity& p, qint64 hostId = 0)
    {
        CheckInRequest r;
        r.identity = p;
        r.verification = Verification::Chip;
        r.hostId = hostId;
        r.purpose = QStringLiteral("Họp");
        r.consentGiven = true;
        r.desk = QStringLiteral("Desk A");
        return r;
    }

    int auditCount(const QString& action)
    {
        QSqlQuery q = tw.ws->database().query();
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        q.exec();
        q.next();
        return q.value(0).toInt();
    }
};

} // namespace motcua::visitors::test
