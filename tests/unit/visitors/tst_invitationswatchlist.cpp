#include "CheckInService.h"
#include "HostDirectory.h"
#include "InvitationBook.h"
#include "VisitorsFixture.h"
#include "Watchlist.h"

#include <QTest>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;

class TestInvitationsWatchlist : public QObject
{
    Q_OBJECT

private slots:
    void invitationInsideAndOutsideItsWindow()
    {
        VisitorsFixture f;
        auto host = HostDirectory(*f.store).add(
            f.supervisor, {0, QStringLiteral("Phạm Minh"), QStringLiteral("Ban Giám đốc"), {}, true});
        QVERIFY(host);
        InvitationBook book(*f.store);
        Invitation inv;
        inv.guestName = QStringLiteral("Nguyễn Văn Đức");
        inv.hostId = *host;
        inv.purpose = QStringLiteral("Phỏng vấn");
        inv.validFrom = f.tw.clock.now().addSecs(3600);
        inv.validUntil = f.tw.clock.now().addSecs(3 * 3600);
        QVERIFY(!book.invite(f.desk, QStringLiteral("12345"), inv)); // not 12 digits
        auto id = book.invite(f.desk, QStringLiteral("001089012345"), inv);
        QVERIFY2(id, qPrintable(id.status().message()));

        QVERIFY(!book.findValid(QStringLiteral("001089012345"))); // too early
        f.tw.clock.advanceSecs(2 * 3600);
        auto found = book.findValid(QStringLiteral("001089012345"));
        QVERIFY(found);
        QCOMPARE(found->hostName, QStringLiteral("Phạm Minh"));
        QCOMPARE(found->idMasked, QStringLiteral("0010******45"));
        QVERIFY(!book.findValid(QStringLiteral("079190000123")));

        CheckInRequest r = VisitorsFixture::request(VisitorsFixture::person(), found->hostId);
        r.invitationId = found->id;
        auto visit = CheckInService(*f.store).checkIn(f.desk, r);
        QVERIFY(visit);
        QVERIFY(!book.findValid(QStringLiteral("001089012345"))); // used

        // A second invitation that has expired is ignored.
        inv.validFrom = f.tw.clock.now().addSecs(-5 * 3600);
        inv.validUntil = f.tw.clock.now().addSecs(-3600);
        QVERIFY(book.invite(f.desk, QStringLiteral("079190000123"), inv));
        QVERIFY(!book.findValid(QStringLiteral("079190000123")));
    }

    void exactMatchBlocksAndNeedsSupervisor()
    {
        VisitorsFixture f;
        Watchlist list(*f.store);
        WatchlistEntry e;
        e.reason = QStringLiteral("Gây rối trật tự");
        e.level = QStringLiteral("high");
        QCOMPARE(list.add(f.desk, QStringLiteral("001089012345"), e).status().code(), Status::Code::PermissionDenied);
        auto entry = list.add(f.supervisor, QStringLiteral("001089012345"), e);
        QVERIFY(entry);

        CheckInService service(*f.store);
        CheckInRequest r = VisitorsFixture::request(VisitorsFixture::person());
        QList<WatchlistHit> hits;
        auto refused = service.checkIn(f.desk, r, &hits);
        QCOMPARE(refused.status().code(), Status::Code::InputRejected);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().exact);
        QCOMPARE(hits.first().reason, QStringLiteral("Gây rối trật tự"));
        QVERIFY(service.recordWatchlistBlock(f.desk, hits));
        QCOMPARE(f.auditCount(QStringLiteral("visitors.watchlist.block")), 1);

        r.overrideWatchlist = true;
        r.overrideReason = QStringLiteral("Được Giám đốc cho phép");
        QCOMPARE(service.checkIn(f.desk, r).status().code(), Status::Code::PermissionDenied);
        auto allowed = service.checkIn(f.supervisor, r);
        QVERIFY2(allowed, qPrintable(allowed.status().message()));
        QCOMPARE(f.auditCount(QStringLiteral("visitors.watchlist_override")), 1);
        QVERIFY(service.insideNow().first().flagged);
    }

    void nearMatchIsFlaggedNotBlocked()
    {
        VisitorsFixture f;
        Watchlist list(*f.store);
        WatchlistEntry e;
        e.fullName = QStringLiteral("NGUYEN VAN DUC");
        e.dateOfBirth = QDate(1989, 3, 15);
        e.reason = QStringLiteral("Cảnh báo");
        QVERIFY(list.add(f.supervisor, QStringLiteral("031089099999"), e));
        CheckInService service(*f.store);
        auto r = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person()));
        QVERIFY2(r, qPrintable(r.status().message()));
        QCOMPARE(r->watchlist.size(), 1);
        QVERIFY(!r->watchlist.first().exact);
        QVERIFY(service.insideNow().first().flagged);
        // Same name, another date of birth: no match at all.
        VisitorIdentity other = VisitorsFixture::person(QStringLiteral("079190000123"));
        other.dateOfBirth = QDate(1990, 1, 1);
        QVERIFY(list.match(other).isEmpty());
        QCOMPARE(list.list().size(), 1);
        QCOMPARE(list.list().first().idMasked, QStringLiteral("0310******99"));
    }
};

QTEST_GUILESS_MAIN(TestInvitationsWatchlist)
#include "tst_invitationswatchlist.moc"
