#include "CheckInService.h"
#include "DutyLogbook.h"
#include "HostDirectory.h"
#include "VisitorRepository.h"
#include "VisitorsDemo.h"
#include "VisitorsFixture.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;

class TestCheckInService : public QObject
{
    Q_OBJECT

private slots:
    void demoVisitsFillEveryPage()
    {
        // The demo database's visits go through the real service: two weeks of closed visits, two still inside,
        // a badge each, one logbook line per event, and none with an invalid ID number.
        VisitorsFixture f;
        HostDirectory hosts(*f.store);
        auto host = hosts.add(f.supervisor, {0, QStringLiteral("Trần Thị Bích"), QStringLiteral("Phòng A"), {}, true});
        QVERIFY(host);
        f.tw.clock.set(QDateTime(QDate(2026, 11, 27), QTime(16, 0)));
        QVERIFY(seedDemoVisits(f.env, {*host}));
        QSqlQuery q(f.tw.ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(checked_out_at IS NULL), MIN(checked_in_at) "
                                      "FROM visitors_visits")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 20, qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(1).toInt(), 2);
        QVERIFY(q.value(2).toString() >= QStringLiteral("2026-11-14"));
        QCOMPARE(CheckInService(*f.store).insideNow().size(), 2);
    }

    void checkpointsLeaveTheCheckInCommit()
    {
        VisitorsFixture f;
        Database& db = f.tw.ws->database();
        // The GUI's workstation policy (WalCheckpointer), with the worker's checkpoint far away.
        WalCheckpointPolicy later;
        later.interval = later.sizeCheck = std::chrono::hours(1);
        later.walLimitBytes = qint64(1) << 30;
        QVERIFY(f.tw.ws->startBackgroundCheckpoints(later));
        QCOMPARE(db.autoCheckpoint(), 0);
        // 150 check-ins write twice SQLite's default 1000-page threshold: no commit copies the WAL back (with the
        // automatic checkpoint the WAL would be restarted and stay near 1000 pages).
        CheckInService service(*f.store);
        for (int i = 0; i < 150; ++i)
            QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(
                                                QStringLiteral("0791900%1").arg(i, 5, 10, QLatin1Char('0'))))));
        const QString wal = db.path() + QStringLiteral("-wal");
        QVERIFY2(QFileInfo(wal).size() > 2000 * 4096, qPrintable(QString::number(QFileInfo(wal).size())));
        QCOMPARE(f.tw.ws->checkpointer()->completedCheckpoints(), 0);
        QCOMPARE(CheckInService(*f.store).insideNow().size(), 150);
    }

    void checkInAndOutByBadge()
    {
        VisitorsFixture f;
        HostDirectory hosts(*f.store);
        auto host =
            hosts.add(f.supervisor, {0, QStringLiteral("Trần Thị Bích"), QStringLiteral("Phòng Tổ chức"), {}, true});
        QVERIFY(host);
        CheckInService service(*f.store);
        auto first = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(), *host));
        QVERIFY2(first, qPrintable(first.status().message()));
        QCOMPARE(first->badgeNumber, QStringLiteral("001"));
        QVERIFY(!first->alreadyInside);
        auto second = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(
                                                  QStringLiteral("079190000123"), QStringLiteral("Lê Thị Hoa"))));
        QVERIFY(second);
        QCOMPARE(second->badgeNumber, QStringLiteral("002"));

        const QList<VisitRow> inside = service.insideNow();
        QCOMPARE(inside.size(), 2);
        QCOMPARE(inside.first().fullName, QStringLiteral("Nguyễn Văn Đức"));
        QCOMPARE(inside.first().idMasked, QStringLiteral("0010******45"));
        QCOMPARE(inside.first().hostName, QStringLiteral("Trần Thị Bích"));
        QCOMPARE(service.insideCountByDepartment().value(QStringLiteral("Phòng Tổ chức")), 1);

        f.tw.clock.advanceSecs(3600);
        auto out = service.checkOutByBadge(f.desk, QStringLiteral("1"));
        QVERIFY2(out, qPrintable(out.status().message()));
        QCOMPARE(out->checkoutMethod, CheckoutMethod::Badge);
        QCOMPARE(out->checkedOutAt, f.tw.clock.now());
        QCOMPARE(service.insideNow().size(), 1);
        QVERIFY(!service.checkOutByBadge(f.desk, QStringLiteral("1"))); // already left
        auto byCard = service.checkOutByIdNumber(f.desk, QStringLiteral("079190000123"));
        QVERIFY(byCard);
        QCOMPARE(byCard->checkoutMethod, CheckoutMethod::Card);
        QVERIFY(service.insideNow().isEmpty());
        QCOMPARE(f.auditCount(QStringLiteral("visitors.checkin")), 2);
        QCOMPARE(f.auditCount(QStringLiteral("visitors.checkout")), 2);
        QCOMPARE(DutyLogbook(*f.store).entries(f.tw.clock.today()).size(), 4);
    }

    void returningVisitorReusesProfileAndRefreshesPortrait()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        VisitorIdentity p = VisitorsFixture::person();
        auto a = service.checkIn(f.desk, VisitorsFixture::request(p));
        QVERIFY(a);
        QVERIFY(service.checkOutVisit(f.desk, a->visitId));
        p.portrait = QByteArray("new portrait bytes");
        p.fullName = QStringLiteral("Nguyễn Văn Đức");
        auto b = service.checkIn(f.desk, VisitorsFixture::request(p));
        QVERIFY(b);
        QCOMPARE(b->profileId, a->profileId);
        VisitorRepository repo(f.env, f.store->ids());
        auto loaded = repo.load(b->profileId);
        QVERIFY(loaded);
        QCOMPARE(loaded->portrait, QByteArray("new portrait bytes"));
        QCOMPARE(loaded->idNumber, QStringLiteral("001089012345"));
        QCOMPARE(loaded->residence, p.residence);
    }

    void refusals()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        CheckInRequest r = VisitorsFixture::request(VisitorsFixture::person());
        r.consentGiven = false;
        QCOMPARE(service.checkIn(f.desk, r).status().code(), Status::Code::InputRejected);
        r.consentGiven = true;
        r.verification = Verification::Failed;
        QCOMPARE(service.checkIn(f.desk, r).status().code(), Status::Code::InputRejected);
        r.overrideReason = QStringLiteral("Chip damaged, face checked");
        QVERIFY(service.checkIn(f.desk, r));
        QCOMPARE(f.auditCount(QStringLiteral("visitors.override")), 1);
        Session analyst(9, QStringLiteral("an"), QStringLiteral("An"), QStringLiteral("analyst"));
        QCOMPARE(service.checkIn(analyst, r).status().code(), Status::Code::PermissionDenied);
    }

    void sameCardAtTwoDesksMakesOneVisit()
    {
        VisitorsFixture f;
        const CheckInRequest r = VisitorsFixture::request(VisitorsFixture::person());
        // Two desks: each thread with its own connection to the same file, both checking the same card in at once.
        struct Outcome
        {
            bool ok = false;
            qint64 visitId = 0;
            bool alreadyInside = false;
            QString error;
        };
        Outcome outcomes[2];
        QList<QThread*> desks;
        for (int i = 0; i < 2; ++i) {
            desks.append(QThread::create([&, i]() {
                auto db = f.tw.ws->database().openAnother();
                if (!db) {
                    outcomes[i].error = db.status().message();
                    return;
                }
                AuditLog audit(**db, f.tw.clock);
                VisitorsEnvironment env{db->get(), &audit, f.env.vault, &f.tw.clock};
                auto store = VisitorsStore::open(env);
                if (!store) {
                    outcomes[i].error = store.status().message();
                    return;
                }
                auto result = CheckInService(*store).checkIn(f.desk, r);
                outcomes[i].ok = result.isOk();
                if (result) {
                    outcomes[i].visitId = result->visitId;
                    outcomes[i].alreadyInside = result->alreadyInside;
                } else {
                    outcomes[i].error = result.status().message() + result.status().details();
                }
            }));
        }
        for (QThread* t : desks)
            t->start();
        for (QThread* t : desks) {
            t->wait();
            delete t;
        }
        QVERIFY2(outcomes[0].ok, qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[1].ok, qPrintable(outcomes[1].error));
        QCOMPARE(outcomes[0].visitId, outcomes[1].visitId);
        QVERIFY(outcomes[0].alreadyInside != outcomes[1].alreadyInside);
        QSqlQuery q = f.tw.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM visitors_visits")));
        q.next();
        QCOMPARE(q.value(0).toInt(), 1);
        // The database itself refuses a second open visit for the same person.
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO visitors_visits(profile_id, badge_day, badge_seq, badge_number,"
                                   " checked_in_at, verification, operator) SELECT profile_id, badge_day, 99, '099',"
                                   " checked_in_at, verification, operator FROM visitors_visits")));
    }

    void busyDatabaseIsRetriedNotLost()
    {
        VisitorsFixture f;
        auto other = f.tw.ws->database().openAnother();
        QVERIFY(other);
        QSqlQuery pragma((*other)->connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        // This desk gives up BEGIN at once while the other holds the lock; WriteRetry tries again.
        QSqlQuery mine(f.tw.ws->database().connection());
        QVERIFY(mine.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        QSqlQuery lock((*other)->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QThread* releaser = QThread::create([&lock]() {
            QThread::msleep(120);
            lock.exec(QStringLiteral("COMMIT"));
        });
        releaser->start();
        CheckInService service(*f.store);
        auto r = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person()));
        releaser->wait();
        delete releaser;
        QVERIFY2(r, qPrintable(r.status().message()));
        QCOMPARE(service.insideNow().size(), 1);
    }

    void automaticSignOut()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person())));
        const QDateTime cutoff(f.tw.clock.today(), QTime(23, 59));
        f.tw.clock.set(cutoff.addSecs(60));
        auto n = service.signOutOpenVisitsBefore(Session::system(), cutoff);
        QVERIFY(n);
        QCOMPARE(*n, 1);
        QVERIFY(service.insideNow().isEmpty());
        auto v = service.visit(1);
        QVERIFY(v);
        QCOMPARE(v->checkoutMethod, CheckoutMethod::Automatic);
        QCOMPARE(v->checkedOutAt, cutoff);
    }

    void badgeReprintIsCounted()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        auto r = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person()));
        QVERIFY(r);
        QCOMPARE(*service.markBadgePrinted(f.desk, r->visitId), 0);
        QCOMPARE(*service.markBadgePrinted(f.desk, r->visitId), 1);
    }

    void databaseFileHoldsNoPortraitAndNoPlainIdNumber()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        const VisitorIdentity p = VisitorsFixture::person();
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(p)));
        QSqlQuery q = f.tw.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QByteArray raw;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.tw.dbPath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                raw += file.readAll();
        }
        QVERIFY(raw.size() > 10000);
        QVERIFY(!raw.contains(p.portrait.mid(20, 64)));
        QVERIFY(!raw.contains(p.idNumber.toLatin1()));
        QVERIFY(!raw.contains(QByteArray("Hàng Bạc"))); // the address is sealed too
    }
};

QTEST_GUILESS_MAIN(TestCheckInService)
#include "tst_checkinservice.moc"
