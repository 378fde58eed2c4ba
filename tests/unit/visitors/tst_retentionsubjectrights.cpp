#include "CheckInService.h"
#include "DutyLogbook.h"
#include "RetentionPurge.h"
#include "SubjectRights.h"
#include "VisitorRepository.h"
#include "VisitorsFixture.h"
#include "VisitorsSettings.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;

class TestRetentionSubjectRights : public QObject
{
    Q_OBJECT

private slots:
    void settingsDefaultsAndRoundTrip()
    {
        VisitorsFixture f;
        VisitorsSettings s = VisitorsSettings::load(f.tw.ws->database());
        QCOMPARE(s.autoSignOutTime, QTime(23, 59));
        QCOMPARE(s.visitRetentionDays, 90);
        QCOMPARE(s.profileRetentionDays, 180);
        s.autoSignOutTime = QTime(20, 0);
        s.visitRetentionDays = 30;
        QVERIFY(s.save(f.tw.ws->database()));
        QCOMPARE(VisitorsSettings::load(f.tw.ws->database()).autoSignOutTime, QTime(20, 0));
        QCOMPARE(VisitorsSettings::load(f.tw.ws->database()).visitRetentionDays, 30);
    }

    void purgeFollowsTheInjectedClock()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        VisitorRepository repo(f.env, f.store->ids());
        auto old = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person()));
        QVERIFY(old);
        QVERIFY(service.checkOutVisit(f.desk, old->visitId));
        f.tw.clock.advanceSecs(100LL * 86400); // 100 days later a second person visits
        auto recent = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(
                                                  QStringLiteral("079190000123"), QStringLiteral("Lê Hoa"))));
        QVERIFY(recent);

        RetentionPurge purge(*f.store);
        const VisitorsSettings defaults;
        auto report = purge.run(Session::system(), defaults);
        QVERIFY(report);
        QCOMPARE(report->visits, 1);   // older than 90 days
        QCOMPARE(report->profiles, 0); // the profile is kept 180 days
        QVERIFY(repo.findByIdNumber(QStringLiteral("001089012345")));
        QCOMPARE(service.insideNow().size(), 1); // the open visit stays

        f.tw.clock.advanceSecs(81LL * 86400); // 181 days after the first visit
        report = purge.run(Session::system(), defaults);
        QVERIFY(report);
        QCOMPARE(report->profiles, 1);
        QVERIFY(!repo.findByIdNumber(QStringLiteral("001089012345")));
        QVERIFY(repo.findByIdNumber(QStringLiteral("079190000123"))); // still has a visit
        QCOMPARE(f.auditCount(QStringLiteral("visitors.retention.purge")), 2);
    }

    void subjectAccessExportAndErasure()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        const VisitorIdentity p = VisitorsFixture::person();
        auto v = service.checkIn(f.desk, VisitorsFixture::request(p));
        QVERIFY(v);
        QVERIFY(service.checkOutVisit(f.desk, v->visitId));
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(p)));

        SubjectRights rights(*f.store);
        QCOMPARE(rights.exportPerson(f.desk, p.idNumber).status().code(), Status::Code::PermissionDenied);
        auto doc = rights.exportPerson(f.supervisor, p.idNumber);
        QVERIFY(doc);
        const QJsonObject person = doc->value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("idNumber")).toString(), p.idNumber);
        QCOMPARE(person.value(QStringLiteral("fullName")).toString(), p.fullName);
        QCOMPARE(QByteArray::fromBase64(person.value(QStringLiteral("portraitJpegBase64")).toString().toLatin1()),
                 p.portrait);
        QCOMPARE(doc->value(QStringLiteral("visits")).toArray().size(), 2);
        QCOMPARE(f.auditCount(QStringLiteral("visitors.subject.export")), 1);

        auto erased = rights.erasePerson(f.supervisor, p.idNumber);
        QVERIFY(erased);
        QCOMPARE(erased->profiles, 1);
        QCOMPARE(erased->visits, 2);
        QVERIFY(service.insideNow().isEmpty());
        QVERIFY(!VisitorRepository(f.env, f.store->ids()).findByIdNumber(p.idNumber));
        QCOMPARE(f.auditCount(QStringLiteral("visitors.subject.erase")), 1);
        // The logbook keeps the event lines, without the person.
        for (const LogbookEntry& e : DutyLogbook(*f.store).entries(f.tw.clock.today()))
            QVERIFY(e.visitorName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetentionSubjectRights)
#include "tst_retentionsubjectrights.moc"
