// Offscreen GUI test of the visitors pages: check-in through the real card service reading the project's card
// simulator over pcscd + vpcd, tap-again check-out, check-out by badge, an invitation and a watchlist block.
#include "CardAccessCandidates.h"
#include "CardTestBed.h"
#include "CheckInPage.h"
#include "CheckInService.h"
#include "HostDirectory.h"
#include "IdentityPanel.h"
#include "InsideNowPage.h"
#include "InvitationBook.h"
#include "VerdictBadge.h"
#include "VisitorsGuiFixture.h"
#include "Watchlist.h"
#include "WatchlistAlert.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableWidget>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;
using motcua::test::CardTestBed;

class TestVisitorsCheckInGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<CardTestBed> bed;
    bool haveCards = false;

private slots:
    void initTestCase()
    {
        bed = std::make_unique<CardTestBed>(QStringLiteral(MOTCUA_CLI), QStringLiteral(MOTCUA_TEST_FIXTURES),
                                            QStringLiteral(MOTCUA_TEST_BINARY_DIR "/tests/gui/visitors-work"));
        haveCards = bed->setUp();
        if (!haveCards)
            qWarning("card test bed unavailable (%s): card cases skip", qPrintable(bed->error()));
    }
    void cleanupTestCase() { bed.reset(); }

    void checkInWithTheChipThenTapAgainToCheckOut()
    {
        if (!haveCards)
            QSKIP("pcscd + vpcd not available");
        VisitorsGuiFixture f;
        f.cards->setTrustPaths({bed->csca()});
        auto host = HostDirectory(f.store()).add(
            f.tw.admin(), {0, QStringLiteral("Trần Thị Bích"), QStringLiteral("Phòng Tổ chức"), {}, true});
        QVERIFY(host);
        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* status = VisitorsGuiFixture::child<QLabel>(&page, "readerStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Reader ready")), 15000);

        // The operator types the access number, then the visitor puts the card down: the identity fills in.
        VisitorsGuiFixture::type(&page, "accessKeyEdit", QStringLiteral("012345"));
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto* name = VisitorsGuiFixture::child<QLabel>(&page, "identityName");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Nguyễn Văn An"), 30000);
        auto* badge = VisitorsGuiFixture::child<shell::VerdictBadge>(&page, "verdictBadge");
        QCOMPARE(badge->verdict(), shell::VerdictBadge::Verdict::ChipVerified);
        auto* hostCombo = VisitorsGuiFixture::child<QComboBox>(&page, "hostCombo");
        hostCombo->setCurrentIndex(hostCombo->findData(*host));
        VisitorsGuiFixture::child<QLineEdit>(&page, "purposeEdit")->setText(QStringLiteral("Họp giao ban"));
        VisitorsGuiFixture::child<QCheckBox>(&page, "consentCheck")->setChecked(true);
        VisitorsGuiFixture::grab(&page, QStringLiteral("visitors-checkin-card"));
        auto* button = VisitorsGuiFixture::child<QPushButton>(&page, "checkInButton");
        QVERIFY(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Return); // Enter checks in
        auto* message = VisitorsGuiFixture::child<QLabel>(&page, "checkInMessage");
        QTRY_VERIFY(message->text().contains(QStringLiteral("badge 001")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_visits WHERE checked_out_at IS NULL"
                                        " AND verification = 'chip'")),
                 1);

        // Tapping the card again offers the check-out: the CAN comes from the register, Enter confirms.
        bed->detachCard();
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto* note = VisitorsGuiFixture::child<QLabel>(&page, "checkInNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("Press Enter to check out")), 30000);
        QTest::keyClick(button, Qt::Key_Return);
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Checked out")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_visits WHERE checkout_method = 'card'")), 1);
        bed->detachCard();
    }

    void bareTapOpensAReturningVisitorsCardThroughTheShellMonitor()
    {
        if (!haveCards)
            QSKIP("pcscd + vpcd not available");
        VisitorsGuiFixture f;
        // The shell's one reader monitor, as the module finds it in the ServiceRegistry.
        card::ReaderMonitor monitor;
        monitor.start();
        f.cards = std::make_unique<CardReading>(&monitor);
        QVERIFY(!f.cards->ownsMonitor());
        f.cards->setTrustPaths({bed->csca()});
        auto host = HostDirectory(f.store()).add(
            f.tw.admin(), {0, QStringLiteral("Trần Thị Bích"), QStringLiteral("Phòng Tổ chức"), {}, true});
        QVERIFY(host);
        // The visitor came once before (QR code); since then 19 other people came and left, so the card's access
        // number is the last of the CardAccessCandidates::kDefaultLimit candidates a bare tap tries.
        CheckInService service(f.store());
        auto visitOf = [&](const QString& id, const QString& name, qint64 hostId) {
            CheckInRequest r;
            r.identity = {id, name, QDate(1989, 3, 15), QStringLiteral("M"), QString(), QByteArray(), QDate()};
            r.hostId = hostId;
            r.purpose = QStringLiteral("Họp giao ban");
            r.consentGiven = true;
            auto v = service.checkIn(VisitorsGuiFixture::frontDesk(), r);
            QVERIFY(v);
            f.tw.clock.advanceSecs(120);
            QVERIFY(service.checkOutVisit(VisitorsGuiFixture::frontDesk(), v->visitId));
        };
        visitOf(QStringLiteral("001089012345"), QStringLiteral("Nguyễn Văn An"), *host);
        for (int i = 1; i < CardAccessCandidates::kDefaultLimit; ++i)
            visitOf(QStringLiteral("0791900%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Khách %1").arg(i), 0);
        QCOMPARE(CardAccessCandidates(f.store()).list(VisitorsGuiFixture::frontDesk())->last(),
                 QStringLiteral("012345"));

        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* status = VisitorsGuiFixture::child<QLabel>(&page, "readerStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Reader ready")), 15000);

        int attempts = 0;
        QElapsedTimer clock;
        qint64 elapsed = -1;
        connect(f.cards.get(), &CardReading::readStarted, this, [&] {
            if (attempts++ == 0)
                clock.start();
        });
        connect(f.cards.get(), &CardReading::identityRead, this, [&] { elapsed = clock.elapsed(); });
        // A card whose document signer is not in the trust store: chip data intact, amber, no override needed.
        QVERIFY(bed->attachCard(QStringLiteral("cccd-untrusted-signer.json")));
        auto* name = VisitorsGuiFixture::child<QLabel>(&page, "identityName");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Nguyễn Văn An"), 30000);
        QCOMPARE(attempts, CardAccessCandidates::kDefaultLimit);
        const qint64 bareTap = elapsed;
        auto* badge = VisitorsGuiFixture::child<shell::VerdictBadge>(&page, "verdictBadge");
        QCOMPARE(badge->verdict(), shell::VerdictBadge::Verdict::UntrustedSigner);
        QVERIFY(badge->text().contains(QStringLiteral("trust store")));
        QVERIFY(!VisitorsGuiFixture::child<QLineEdit>(&page, "overrideReasonEdit")->isVisible());
        // Returning visitor: consent on file, last host pre-selected, focus on the primary button: Enter saves.
        QVERIFY(VisitorsGuiFixture::child<QCheckBox>(&page, "consentCheck")->isChecked());
        QCOMPARE(VisitorsGuiFixture::child<QComboBox>(&page, "hostCombo")->currentData().toLongLong(), *host);
        auto* button = VisitorsGuiFixture::child<QPushButton>(&page, "checkInButton");
        QCOMPARE(page.focusWidget(), button);
        VisitorsGuiFixture::grab(&page, QStringLiteral("visitors-checkin-untrusted"));
        QTest::keyClick(page.focusWidget(), Qt::Key_Return);
        auto* message = VisitorsGuiFixture::child<QLabel>(&page, "checkInMessage");
        QTRY_VERIFY2(message->text().startsWith(QStringLiteral("Checked in")), qPrintable(message->text()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_visits WHERE checked_out_at IS NULL"
                                        " AND verification = 'untrusted_signer'")),
                 1);

        // Tapping again to leave: the visitor is inside, so the first candidate opens the card.
        bed->detachCard();
        attempts = 0;
        elapsed = -1;
        QVERIFY(bed->attachCard(QStringLiteral("cccd-untrusted-signer.json")));
        auto* note = VisitorsGuiFixture::child<QLabel>(&page, "checkInNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("Press Enter to check out")), 30000);
        QCOMPARE(attempts, 1);
        const qint64 oneRead = elapsed;
        QTest::keyClick(page.focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Checked out")));
        bed->detachCard();
        qInfo("bare tap, %d candidates: %lld ms to the identity; one read: %lld ms; each refused PACE run ~%.0f ms",
              CardAccessCandidates::kDefaultLimit, bareTap, oneRead,
              double(bareTap - oneRead) / (CardAccessCandidates::kDefaultLimit - 1));
    }

    void unknownCardAsksForTheIdNumber()
    {
        if (!haveCards)
            QSKIP("pcscd + vpcd not available");
        VisitorsGuiFixture f;
        f.cards->setTrustPaths({bed->csca()});
        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* status = VisitorsGuiFixture::child<QLabel>(&page, "readerStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Reader ready")), 15000);
        // Nobody expected: no candidate, the ID number is asked for with the field focused.
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto* message = VisitorsGuiFixture::child<QLabel>(&page, "checkInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("ID number")), 15000);
        auto* key = VisitorsGuiFixture::child<QLineEdit>(&page, "accessKeyEdit");
        QCOMPARE(page.focusWidget(), key);
        // The whole ID number typed: its last six digits open the card at once.
        QTest::keyClicks(key, QStringLiteral("001089012345"));
        QTest::keyClick(key, Qt::Key_Return);
        auto* name = VisitorsGuiFixture::child<QLabel>(&page, "identityName");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Nguyễn Văn An"), 30000);
        QCOMPARE(VisitorsGuiFixture::child<shell::VerdictBadge>(&page, "verdictBadge")->verdict(),
                 shell::VerdictBadge::Verdict::ChipVerified);
        bed->detachCard();
    }

    void qrScanWithTheCardOnTheReaderReadsTheChip()
    {
        if (!haveCards)
            QSKIP("pcscd + vpcd not available");
        VisitorsGuiFixture f;
        f.cards->setTrustPaths({bed->csca()});
        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* status = VisitorsGuiFixture::child<QLabel>(&page, "readerStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Reader ready")), 15000);
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto* message = VisitorsGuiFixture::child<QLabel>(&page, "checkInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("ID number")), 15000);
        // The scanner types the printed QR code: its ID number gives the CAN, and the chip replaces the QR data.
        VisitorsGuiFixture::type(&page, "accessKeyEdit", realisticCardQr());
        auto* badge = VisitorsGuiFixture::child<shell::VerdictBadge>(&page, "verdictBadge");
        QTRY_COMPARE_WITH_TIMEOUT(badge->verdict(), shell::VerdictBadge::Verdict::ChipVerified, 30000);
        QCOMPARE(VisitorsGuiFixture::child<QLabel>(&page, "identityName")->text(), QStringLiteral("Nguyễn Văn An"));
        bed->detachCard();
    }

    void cardAlreadyOnTheReaderIsReadOnceWhenThePageOpens()
    {
        if (!haveCards)
            QSKIP("pcscd + vpcd not available");
        VisitorsGuiFixture f;
        card::ReaderMonitor monitor;
        monitor.start();
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        f.cards = std::make_unique<CardReading>(&monitor);
        f.cards->setTrustPaths({bed->csca()});
        QTRY_VERIFY_WITH_TIMEOUT(!f.cards->readerWithCard().isEmpty(), 15000);
        int reads = 0;
        connect(f.cards.get(), &CardReading::readStarted, this, [&] { ++reads; });
        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show(); // the card lies on the reader already: read at once (nobody expected → ask for the number)
        auto* message = VisitorsGuiFixture::child<QLabel>(&page, "checkInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("ID number")), 15000);
        VisitorsGuiFixture::type(&page, "accessKeyEdit", QStringLiteral("012345"));
        auto* name = VisitorsGuiFixture::child<QLabel>(&page, "identityName");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Nguyễn Văn An"), 30000);
        VisitorsGuiFixture::child<QCheckBox>(&page, "consentCheck")->setChecked(true);
        page.submit();
        QVERIFY(message->text().startsWith(QStringLiteral("Checked in")));
        // Leaving the page and coming back with the card still down: no second read, no check-out offered.
        const int before = reads;
        page.hide();
        page.show();
        QTest::qWait(1000);
        QCOMPARE(reads, before);
        QCOMPARE(name->text(), QStringLiteral("—"));
        bed->detachCard();
    }

    void qrCheckInAndCheckOutByBadge()
    {
        VisitorsGuiFixture f;
        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show();
        VisitorsGuiFixture::type(&page, "accessKeyEdit", realisticCardQr());
        QCOMPARE(VisitorsGuiFixture::child<QLabel>(&page, "identityName")->text(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(VisitorsGuiFixture::child<shell::VerdictBadge>(&page, "verdictBadge")->verdict(),
                 shell::VerdictBadge::Verdict::NotChipVerified);
        auto* button = VisitorsGuiFixture::child<QPushButton>(&page, "checkInButton");
        QTest::keyClick(button, Qt::Key_Return);
        // No consent yet: refused, the form is kept.
        auto* message = VisitorsGuiFixture::child<QLabel>(&page, "checkInMessage");
        QVERIFY(message->text().contains(QStringLiteral("consent")));
        QCOMPARE(VisitorsGuiFixture::child<QLabel>(&page, "identityName")->text(), QStringLiteral("Nguyễn Văn An"));
        VisitorsGuiFixture::child<QCheckBox>(&page, "consentCheck")->setChecked(true);
        QTest::keyClick(button, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("badge 001")), qPrintable(message->text()));

        InsideNowPage inside(*f.desk);
        inside.resize(1366, 700);
        inside.show();
        auto* table = VisitorsGuiFixture::child<QTableWidget>(&inside, "insideTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("0010******45")); // masked in the list
        QVERIFY(VisitorsGuiFixture::child<QLabel>(&inside, "insideCount")->text().startsWith(QStringLiteral("1 ")));
        VisitorsGuiFixture::grab(&inside, QStringLiteral("visitors-inside-now"));
        VisitorsGuiFixture::type(&inside, "checkoutBadgeEdit", QStringLiteral("001"));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_visits WHERE checkout_method = 'badge'")), 1);
    }

    void invitationPrefillsTheHost()
    {
        VisitorsGuiFixture f;
        auto host = HostDirectory(f.store()).add(
            f.tw.admin(), {0, QStringLiteral("Phạm Minh Tuấn"), QStringLiteral("Ban Giám đốc"), {}, true});
        QVERIFY(host);
        Invitation inv;
        inv.guestName = QStringLiteral("Nguyễn Văn An");
        inv.hostId = *host;
        inv.purpose = QStringLiteral("Ký hợp đồng");
        inv.validFrom = f.tw.clock.now().addSecs(-600);
        inv.validUntil = f.tw.clock.now().addSecs(3600);
        QVERIFY(InvitationBook(f.store()).invite(VisitorsGuiFixture::frontDesk(), QStringLiteral("001089012345"), inv));
        CheckInPage page(*f.desk, *f.cards);
        page.show();
        VisitorsGuiFixture::type(&page, "accessKeyEdit", realisticCardQr());
        QCOMPARE(VisitorsGuiFixture::child<QComboBox>(&page, "hostCombo")->currentData().toLongLong(), *host);
        QCOMPARE(VisitorsGuiFixture::child<QLineEdit>(&page, "purposeEdit")->text(), QStringLiteral("Ký hợp đồng"));
        QVERIFY(VisitorsGuiFixture::child<QLabel>(&page, "checkInNote")->text().contains(QStringLiteral("Invited by")));
        VisitorsGuiFixture::child<QCheckBox>(&page, "consentCheck")->setChecked(true);
        page.submit();
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_invitations WHERE used_visit_id IS NOT NULL")),
                 1);
    }

    void watchlistBlocksTheCheckIn()
    {
        VisitorsGuiFixture f;
        WatchlistEntry e;
        e.reason = QStringLiteral("Gây rối trật tự");
        QVERIFY(Watchlist(f.store()).add(f.tw.admin(), QStringLiteral("001089012345"), e));
        CheckInPage page(*f.desk, *f.cards);
        page.resize(1366, 700);
        page.show();
        VisitorsGuiFixture::type(&page, "accessKeyEdit", realisticCardQr());
        auto* alert = VisitorsGuiFixture::child<WatchlistAlert>(&page, "watchlistAlert");
        QVERIFY(alert->isVisible());
        QVERIFY(VisitorsGuiFixture::child<QLabel>(&page, "watchlistAlertText")->text().contains(e.reason));
        auto* button = VisitorsGuiFixture::child<QPushButton>(&page, "checkInButton");
        QVERIFY(!button->isEnabled());
        // A front-desk operator cannot override: only "turn away" is offered.
        QVERIFY(!VisitorsGuiFixture::child<QPushButton>(&page, "watchlistOverrideButton")->isVisible());
        VisitorsGuiFixture::grab(&page, QStringLiteral("visitors-watchlist-alert"));
        page.submit();
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_visits")), 0);
        QTest::mouseClick(VisitorsGuiFixture::child<QPushButton>(&page, "watchlistTurnAwayButton"), Qt::LeftButton);
        QVERIFY(!alert->isVisible());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visitors.watchlist.block'")),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_logbook WHERE kind = 'watchlist_block'")), 1);

        // A supervisor lets the person in with a reason.
        f.desk->setSessionOverride(f.tw.admin());
        VisitorsGuiFixture::type(&page, "accessKeyEdit", realisticCardQr());
        QVERIFY(alert->isVisible());
        VisitorsGuiFixture::child<QCheckBox>(&page, "consentCheck")->setChecked(true);
        VisitorsGuiFixture::type(&page, "watchlistOverrideReason", QStringLiteral("Giám đốc đồng ý tiếp"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM visitors_visits WHERE flagged = 1")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visitors.watchlist_override'")),
                 1);
    }
};

QTEST_MAIN(TestVisitorsCheckInGui)
#include "tst_visitors_checkin_gui.moc"
