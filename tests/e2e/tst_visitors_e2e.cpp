// End to end: a visitor's chip card read by the real card service through pcscd + vpcd from the project's
// simulator, checked in at the service layer, and checked out by tapping again.
#include "AuditLog.h"
#include "CardTestBed.h"
#include "CheckInService.h"
#include "Database.h"
#include "Permissions.h"
#include "Session.h"
#include "TestWorkstation.h"
#include "Vault.h"
#include "VisitorRepository.h"
#include "VisitorsSchema.h"
#include "VisitorsStore.h"
#include "service/CardService.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::visitors;
using motcua::test::CardTestBed;

class TestVisitorsE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<CardTestBed> bed;

    card::CitizenIdentity read(const QString& can)
    {
        card::CardService service;
        card::TrustStore trust;
        if (!trust.addPath(bed->csca()))
            qFatal("trust store");
        service.setTrustStore(trust);
        card::ReadOptions options;
        options.key.can = can;
        QSignalSpy finished(&service, &card::CardService::finished);
        service.startRead(QLatin1String(CardTestBed::ReaderName), options);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<card::CitizenIdentity>();
    }

private slots:
    void initTestCase()
    {
        bed = std::make_unique<CardTestBed>(QStringLiteral(MOTCUA_CLI), QStringLiteral(MOTCUA_TEST_FIXTURES),
                                            QStringLiteral(MOTCUA_TEST_BINARY_DIR "/tests/e2e/visitors-work"));
        QVERIFY2(bed->setUp(), qPrintable(bed->error()));
    }
    void cleanupTestCase() { bed.reset(); }

    void checkInWithTheChipCard()
    {
        Roles::grant(visitors::perm::CheckIn, {QStringLiteral("frontdesk")});
        motcua::test::TestWorkstation tw;
        QVERIFY(tw.ws->database().migrate(VisitorsSchema::migrations()));
        auto vault = tw.ws->vault();
        QVERIFY(vault);
        auto store = VisitorsStore::open({&tw.ws->database(), &tw.ws->audit(), *vault, &tw.clock});
        QVERIFY(store);
        Session desk(7, QStringLiteral("desk1"), QStringLiteral("Desk"), QStringLiteral("frontdesk"));

        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        QElapsedTimer tapToSaved;
        tapToSaved.start();
        const card::CitizenIdentity identity = read(QStringLiteral("012345"));
        QCOMPARE(identity.holder.idNumber, QStringLiteral("001089012345"));
        QVERIFY(identity.chipVerified());
        CheckInRequest r;
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(identity.portrait.image.save(&buffer, "JPEG", 90));
        r.identity = {identity.holder.idNumber,
                      identity.holder.fullName,
                      identity.holder.dateOfBirth,
                      identity.holder.sex,
                      identity.holder.placeOfResidence,
                      jpeg,
                      identity.holder.expiryDate.value_or(QDate())};
        r.verification = Verification::Chip;
        r.consentGiven = true;
        CheckInService service(*store);
        auto visit = service.checkIn(desk, r);
        QVERIFY2(visit, qPrintable(visit.status().message()));
        qInfo("card tap to saved visit: %lld ms (target <= 2000 ms on a real reader)", tapToSaved.elapsed());
        QCOMPARE(service.insideNow().size(), 1);
        QCOMPARE(service.insideNow().first().verification, Verification::Chip);
        auto portrait = VisitorRepository(store->env(), store->ids()).portrait(visit->profileId);
        QVERIFY(portrait && !QImage::fromData(*portrait).isNull());

        // Tapping the card again: the same person, checked out.
        const card::CitizenIdentity again = read(QStringLiteral("012345"));
        auto out = service.checkOutByIdNumber(desk, again.holder.idNumber);
        QVERIFY(out);
        QCOMPARE(out->checkoutMethod, CheckoutMethod::Card);
        QVERIFY(service.insideNow().isEmpty());
        bed->detachCard();
    }
};

QTEST_MAIN(TestVisitorsE2e)
#include "tst_visitors_e2e.moc"
