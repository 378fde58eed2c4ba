// The access numbers tried on a bare card tap: inside first, then today's invitations, then recent visitors; bounded,
// distinct, six digits each. Also: an untrusted-signer chip check-in needs no override, a failed one does.
#include "CardAccessCandidates.h"
#include "CheckInService.h"
#include "InvitationBook.h"
#include "VisitorsFixture.h"

#include <QTest>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;

class TestCardAccessCandidates : public QObject
{
    Q_OBJECT

    static QString idOf(int n) { return QStringLiteral("0010890%1").arg(n, 5, 10, QLatin1Char('0')); }

private slots:
    void canOf()
    {
        QCOMPARE(CardAccessCandidates::canOf(QStringLiteral("001089012345")), QStringLiteral("012345"));
        QCOMPARE(CardAccessCandidates::canOf(QStringLiteral(" 012345 ")), QStringLiteral("012345"));
        QVERIFY(CardAccessCandidates::canOf(QStringLiteral("12345")).isEmpty());
        QVERIFY(CardAccessCandidates::canOf(QStringLiteral("00108901234x")).isEmpty());
    }

    void orderAndBound()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        QVERIFY(CardAccessCandidates(*f.store).list(f.desk)->isEmpty());
        // 30 earlier visitors (left), one after the other.
        for (int i = 1; i <= 30; ++i) {
            auto v = service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(idOf(i))));
            QVERIFY(v);
            f.tw.clock.advanceSecs(60);
            QVERIFY(service.checkOutVisit(f.desk, v->visitId));
        }
        // Visitor 5 is inside again; a guest never seen before is invited for this afternoon, another for tomorrow.
        QVERIFY(service.checkIn(f.desk, VisitorsFixture::request(VisitorsFixture::person(idOf(5)))));
        Invitation inv;
        inv.guestName = QStringLiteral("Khách mời");
        inv.validFrom = f.tw.clock.now().addSecs(3600);
        inv.validUntil = f.tw.clock.now().addSecs(2 * 3600);
        QVERIFY(InvitationBook(*f.store).invite(f.desk, QStringLiteral("079190777777"), inv));
        inv.validFrom = f.tw.clock.now().addDays(1);
        inv.validUntil = f.tw.clock.now().addDays(1).addSecs(3600);
        QVERIFY(InvitationBook(*f.store).invite(f.desk, QStringLiteral("079190888888"), inv));

        const QStringList cans = *CardAccessCandidates(*f.store).list(f.desk);
        QCOMPARE(cans.size(), CardAccessCandidates::kDefaultLimit);
        QCOMPARE(cans.at(0), idOf(5).right(6));         // inside
        QCOMPARE(cans.at(1), QStringLiteral("777777")); // invited today
        QVERIFY(!cans.contains(QStringLiteral("888888")));
        QCOMPARE(cans.at(2), idOf(30).right(6)); // then the most recent visitors
        QCOMPARE(cans.at(3), idOf(29).right(6));
        QCOMPARE(cans.count(idOf(5).right(6)), 1); // distinct
        QVERIFY(!cans.contains(idOf(1).right(6))); // the oldest fall off
        for (const QString& c : cans)
            QCOMPARE(c.size(), 6);
        QCOMPARE(CardAccessCandidates(*f.store).list(f.desk, 3)->size(), 3);
        // Audited (count only), and only for the check-in permission.
        QCOMPARE(f.auditCount(QStringLiteral("visitors.card.candidates")), 3);
        Session analyst(9, QStringLiteral("an"), QStringLiteral("An"), QStringLiteral("analyst"));
        QCOMPARE(CardAccessCandidates(*f.store).list(analyst).status().code(), Status::Code::PermissionDenied);
        QCOMPARE(f.auditCount(QStringLiteral("visitors.card.candidates")), 3);
    }

    void untrustedSignerNeedsNoOverride()
    {
        VisitorsFixture f;
        CheckInService service(*f.store);
        CheckInRequest r = VisitorsFixture::request(VisitorsFixture::person());
        r.verification = Verification::UntrustedSigner;
        auto visit = service.checkIn(f.desk, r);
        QVERIFY2(visit, qPrintable(visit.status().message()));
        QCOMPARE(service.visit(visit->visitId)->verification, Verification::UntrustedSigner);
        QCOMPARE(f.auditCount(QStringLiteral("visitors.override")), 0);
        QVERIFY(service.checkOutVisit(f.desk, visit->visitId));
        r.verification = Verification::Failed; // INVALID still needs the reason
        QCOMPARE(service.checkIn(f.desk, r).status().code(), Status::Code::InputRejected);
    }
};

QTEST_MAIN(TestCardAccessCandidates)
#include "tst_cardaccesscandidates.moc"
