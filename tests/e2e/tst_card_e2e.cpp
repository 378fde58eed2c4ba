// End-to-end: motcua-cli card read against the card simulator through a real pcscd + vpcd.
#include "CardTestBed.h"

#include "pcsc/PcscContext.h"
#include "pcsc/ReaderMonitor.h"
#include "reader/PcscReadJob.h"
#include "security/TrustStore.h"
#include "service/CardService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using motcua::test::CardTestBed;

namespace {
// The realistic profile's holder: ID 001089012345 (CAN 012345), born 1989-03-15, card valid until 2029-03-15.
const QStringList kCan = {QStringLiteral("--can"), QStringLiteral("012345")};
const QStringList kMrzKey = {QStringLiteral("--mrz-key"), QStringLiteral("089012345,890315,290315")};
const QStringList kIdDates = {QStringLiteral("--id"),     QStringLiteral("001089012345"),
                              QStringLiteral("--dob"),    QStringLiteral("1989-03-15"),
                              QStringLiteral("--expiry"), QStringLiteral("2029-03-15")};

QString str(const QJsonObject& o, const char* path)
{
    QJsonValue v = o;
    for (const QString& part : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v.toString();
}

QByteArray diagnostics(const CardTestBed::Run& r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstderr: " + r.stdErr + "\nstdout: " + r.stdOut.left(600);
}
} // namespace

class TestCardE2e : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CardTestBed> bed;

    void expectGenuine(const CardTestBed::Run& r, const QString& access)
    {
        QVERIFY2(r.exitCode == 0, diagnostics(r).constData());
        const QJsonObject j = r.json();
        QCOMPARE(str(j, "holder.idNumber"), QStringLiteral("001089012345"));
        QCOMPARE(str(j, "holder.fullName"), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(str(j, "holder.dateOfBirth"), QStringLiteral("1989-03-15"));
        QCOMPARE(str(j, "holder.sex"), QStringLiteral("M"));
        QCOMPARE(str(j, "holder.expiryDate"), QStringLiteral("2029-03-15"));
        QCOMPARE(str(j, "mrz.documentNumber"), QStringLiteral("089012345"));
        QCOMPARE(str(j, "security.access"), access);
        QCOMPARE(str(j, "security.passiveAuthentication.status"), QStringLiteral("VALID"));
        QVERIFY(
            str(j, "security.passiveAuthentication.documentSigner").contains(QLatin1String("Test Document Signer")));
        const QJsonObject groups =
            j[QLatin1String("security")][QLatin1String("passiveAuthentication")][QLatin1String("dataGroups")]
                .toObject();
        for (const char* dg : {"DG1", "DG2", "DG13", "DG14", "DG15"})
            QCOMPARE(groups.value(QLatin1String(dg)).toString(), QStringLiteral("VALID"));
        QCOMPARE(str(j, "security.activeAuthentication"), QStringLiteral("VALID"));
        QCOMPARE(str(j, "security.chipAuthentication"), QStringLiteral("VALID"));
        QFile portrait(QStringLiteral(MOTCUA_TEST_FIXTURES "/card/portrait.jpg"));
        QVERIFY(portrait.open(QIODevice::ReadOnly));
        QCOMPARE(str(j, "photo.mimeType"), QStringLiteral("image/jpeg"));
        QCOMPARE(str(j, "photo.sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(portrait.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(j[QLatin1String("photo")][QLatin1String("width")].toInt(), 346);
    }

    int apdus(const CardTestBed::Run& r) { return r.json()[QLatin1String("stats")][QLatin1String("apdus")].toInt(); }

private slots:
    void initTestCase()
    {
        bed = std::make_unique<CardTestBed>(QStringLiteral(MOTCUA_CLI), QStringLiteral(MOTCUA_TEST_FIXTURES),
                                            QStringLiteral(MOTCUA_TEST_BINARY_DIR "/tests/e2e/work"));
        QVERIFY2(bed->setUp(), qPrintable(bed->error()));
    }

    void cleanupTestCase() { bed.reset(); }
    void cleanup() { bed->detachCard(); }

    void readersJson()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto r = bed->cli({QStringLiteral("card"), QStringLiteral("readers"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, diagnostics(r).constData());
        const QJsonArray list = QJsonDocument::fromJson(r.stdOut).array();
        bool found = false;
        for (const QJsonValue& v : list) {
            if (v[QLatin1String("name")].toString() == QLatin1String(CardTestBed::ReaderName)) {
                found = true;
                QCOMPARE(v[QLatin1String("cardPresent")].toBool(), true);
            }
        }
        QVERIFY(found);
        bed->detachCard();
        r = bed->cli({QStringLiteral("card"), QStringLiteral("readers"), QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.stdOut).array())
            if (v[QLatin1String("name")].toString() == QLatin1String(CardTestBed::ReaderName))
                QCOMPARE(v[QLatin1String("cardPresent")].toBool(), false);
    }

    void noCard()
    {
        auto r = bed->read(kCan);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.stdOut.isEmpty());
    }

    void paceWithCan()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        auto r = bed->read(kCan + QStringList{QStringLiteral("--photo"), photo});
        expectGenuine(r, QStringLiteral("PACE"));
        QVERIFY2(apdus(r) <= 35, qPrintable(QString::number(apdus(r))));
        QFile written(photo), original(QStringLiteral(MOTCUA_TEST_FIXTURES "/card/portrait.jpg"));
        QVERIFY(written.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), original.readAll());
    }

    void paceWithMrz()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        expectGenuine(bed->read(kMrzKey), QStringLiteral("PACE"));
    }

    void paceWithIdAndDates()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        expectGenuine(bed->read(kIdDates), QStringLiteral("PACE"));
        // --id alone: the CAN is the last six digits of the ID number.
        expectGenuine(bed->read({QStringLiteral("--id"), QStringLiteral("001089012345")}), QStringLiteral("PACE"));
    }

    void bacFallbackWithoutCardAccess()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-bac-only.json")));
        expectGenuine(bed->read(kIdDates), QStringLiteral("BAC"));
    }

    void bacFallbackWhenPaceRefused()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-pace-refused.json")));
        expectGenuine(bed->read(kMrzKey), QStringLiteral("BAC"));
        // With only a CAN there is nothing to fall back to: access refused, operator told to enter the MRZ data.
        auto r = bed->read(kCan);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.stdOut.isEmpty());
    }

    void extendedAndShortApdus()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto extended = bed->read(kCan);
        expectGenuine(extended, QStringLiteral("PACE"));
        auto shortOnly = bed->read(kCan + QStringList{QStringLiteral("--no-extended")});
        expectGenuine(shortOnly, QStringLiteral("PACE"));
        QVERIFY2(apdus(extended) <= 35, qPrintable(QString::number(apdus(extended))));
        QVERIFY2(apdus(shortOnly) > 60 && apdus(shortOnly) <= 100, qPrintable(QString::number(apdus(shortOnly))));

        // A card that refuses extended APDUs: the reader finds out by itself and reads with short ones.
        QVERIFY(bed->attachCard(QStringLiteral("cccd-short-apdu.json")));
        auto fallback = bed->read(kCan);
        expectGenuine(fallback, QStringLiteral("PACE"));
        QVERIFY2(apdus(fallback) > 60 && apdus(fallback) <= 100, qPrintable(QString::number(apdus(fallback))));
    }

    void getResponseChaining()
    {
        // The chip answers in 128-byte pieces with 61xx: the PC/SC layer fetches the rest with GET RESPONSE.
        QVERIFY(bed->attachCard(QStringLiteral("cccd-get-response.json")));
        auto r = bed->read(kCan);
        expectGenuine(r, QStringLiteral("PACE"));
        QVERIFY2(apdus(r) > 150, qPrintable(QString::number(apdus(r)))); // every long answer cost a GET RESPONSE
    }

    void tamperedDg13IsInvalid()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-tampered-dg13.json")));
        auto r = bed->read(kCan);
        QVERIFY2(r.exitCode == 5, diagnostics(r).constData());
        const QJsonObject j = r.json(); // printed before exiting 5
        QCOMPARE(str(j, "security.passiveAuthentication.status"), QStringLiteral("INVALID"));
        QCOMPARE(str(j, "security.passiveAuthentication.dataGroups.DG13"), QStringLiteral("INVALID"));
        QCOMPARE(str(j, "security.passiveAuthentication.dataGroups.DG1"), QStringLiteral("VALID"));
        QCOMPARE(str(j, "security.passiveAuthentication.dataGroups.DG2"), QStringLiteral("VALID"));
    }

    void unknownCscaIsUntrustedSigner()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-untrusted-signer.json")));
        auto r = bed->read(kCan);
        QVERIFY2(r.exitCode == 0, diagnostics(r).constData());
        QCOMPARE(str(r.json(), "security.passiveAuthentication.status"), QStringLiteral("UNTRUSTED_SIGNER"));
        QCOMPARE(str(r.json(), "security.passiveAuthentication.dataGroups.DG13"), QStringLiteral("VALID"));
    }

    void cloneFailsActiveAuthentication()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-clone.json")));
        auto r = bed->read(kCan);
        QVERIFY2(r.exitCode == 5, diagnostics(r).constData());
        QCOMPARE(str(r.json(), "security.passiveAuthentication.status"), QStringLiteral("VALID"));
        QCOMPARE(str(r.json(), "security.activeAuthentication"), QStringLiteral("INVALID"));
        QCOMPARE(str(r.json(), "security.chipAuthentication"), QStringLiteral("INVALID"));
        QCOMPARE(str(r.json(), "holder.idNumber"), QStringLiteral("001089012345")); // still shown to the operator
    }

    void rsaActiveAuthenticationAndNoExpiry()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-rsa-aa.json")));
        auto r = bed->read({QStringLiteral("--can"), QStringLiteral("000123")});
        QVERIFY2(r.exitCode == 0, diagnostics(r).constData());
        const QJsonObject j = r.json();
        QCOMPARE(str(j, "security.activeAuthentication"), QStringLiteral("VALID"));
        QVERIFY(j[QLatin1String("holder")][QLatin1String("expiryDate")].isNull());
        QCOMPARE(str(j, "holder.sex"), QStringLiteral("F"));
        QCOMPARE(str(j, "holder.spouseName"), QStringLiteral("Phạm Văn Đức"));
        QCOMPARE(str(j, "holder.motherName"), QStringLiteral("Trần Thị Cúc"));
    }

    void wrongCanThenRetry()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        auto wrong = bed->read({QStringLiteral("--can"), QStringLiteral("654321")});
        QVERIFY2(wrong.exitCode == 4, diagnostics(wrong).constData());
        QVERIFY(wrong.stdOut.isEmpty());
        QVERIFY(!wrong.stdErr.isEmpty());
        expectGenuine(bed->read(kCan), QStringLiteral("PACE"));
    }

    void cardRemovedMidRead()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-removed.json")));
        auto r = bed->read(kCan);
        QVERIFY2(r.exitCode == 6, diagnostics(r).constData());
        QVERIFY2(r.stdOut.isEmpty(), r.stdOut.constData()); // no partial output
    }

    void oddInsReadBeyond32k()
    {
        // 57 KB portrait, 4 KB card buffer: offsets from 32 768 need READ BINARY B1, with and without extended length.
        QVERIFY(bed->attachCard(QStringLiteral("cccd-large-portrait.json")));
        QFile portrait(QStringLiteral(MOTCUA_TEST_FIXTURES "/card/portrait-large.jpg"));
        QVERIFY(portrait.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(portrait.readAll(), QCryptographicHash::Sha256).toHex());
        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--no-extended")}}) {
            auto r = bed->read(kCan + extra);
            QVERIFY2(r.exitCode == 0, diagnostics(r).constData());
            QCOMPARE(str(r.json(), "photo.sha256"), sha);
            QCOMPARE(str(r.json(), "security.passiveAuthentication.dataGroups.DG2"), QStringLiteral("VALID"));
        }
    }

    void serviceReadsOffThreadAndCancels()
    {
        QVERIFY(bed->attachCard(QStringLiteral("cccd-slow.json"))); // 30 ms per answer
        motcua::card::CardService service;
        motcua::card::TrustStore trust;
        QVERIFY(trust.addPath(bed->csca()).isOk());
        service.setTrustStore(trust);
        motcua::card::ReadOptions options;
        options.key.can = QStringLiteral("012345");
        QSignalSpy progress(&service, &motcua::card::CardService::progress);
        QSignalSpy finished(&service, &motcua::card::CardService::finished);
        QSignalSpy failed(&service, &motcua::card::CardService::failed);
        QSignalSpy cancelled(&service, &motcua::card::CardService::cancelled);
        service.startRead(QLatin1String(CardTestBed::ReaderName), options);
        QVERIFY(service.isBusy()); // returned at once: the read runs on the service's thread
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.count(), 0);
        const auto identity = finished.first().first().value<motcua::card::CitizenIdentity>();
        QCOMPARE(identity.holder.idNumber, QStringLiteral("001089012345"));
        QCOMPARE(identity.security.passiveAuthentication, motcua::card::PassiveAuthenticationStatus::Valid);
        bool sawPortrait = false;
        for (const QList<QVariant>& p : progress)
            sawPortrait |= p.at(0).toString() == QLatin1String("DG2") && p.at(1).toLongLong() == p.at(2).toLongLong();
        QVERIFY(sawPortrait);
        QVERIFY(!service.isBusy());

        // Cancel as soon as the first file starts: no identity, a cancelled() signal.
        finished.clear();
        connect(&service, &motcua::card::CardService::progress, &service, &motcua::card::CardService::cancel);
        service.startRead(QLatin1String(CardTestBed::ReaderName), options);
        QVERIFY(cancelled.wait(20000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void readerMonitorFollowsCardAndService()
    {
        motcua::card::ReaderMonitor monitor;
        QSignalSpy changes(&monitor, &motcua::card::ReaderMonitor::stateChanged);
        monitor.start();
        auto cardState = [&monitor]() {
            for (const auto& r : monitor.readers())
                if (r.name == QLatin1String(CardTestBed::ReaderName))
                    return r.cardPresent ? 1 : 0;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(monitor.serviceAvailable() && cardState() == 0, 10000);
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        QTRY_COMPARE_WITH_TIMEOUT(cardState(), 1, 10000);
        bed->detachCard();
        QTRY_COMPARE_WITH_TIMEOUT(cardState(), 0, 10000);
        QVERIFY(changes.count() >= 3);
        if (bed->ownsPcscd()) {
            QVERIFY(bed->restartPcscd()); // the monitor notices the service going and coming back
            QTRY_VERIFY_WITH_TIMEOUT(monitor.serviceAvailable() && cardState() == 0, 15000);
            bool sawDown = false;
            for (const QList<QVariant>& c : changes)
                sawDown |= !c.at(0).toBool();
            QVERIFY(sawDown);
        }
        monitor.stop();
    }

    void pcscdRestartedBetweenReads()
    {
        if (!bed->ownsPcscd())
            QSKIP("pcscd was already running and is not ours to restart");
        QVERIFY(bed->attachCard(QStringLiteral("cccd-realistic.json")));
        motcua::card::PcscContext context; // kept across the restart: its handle goes stale
        motcua::card::TrustStore trust;
        QVERIFY(trust.addPath(bed->csca()).isOk());
        motcua::card::ReadOptions options;
        options.key.can = QStringLiteral("012345");
        auto before = motcua::card::PcscReadJob::run(context, trust, QLatin1String(CardTestBed::ReaderName), options);
        QVERIFY2(before.isOk(), qPrintable(before.status().details()));
        expectGenuine(bed->read(kCan), QStringLiteral("PACE"));

        QVERIFY(bed->restartPcscd());
        // The simulator reconnects to the new vpcd by itself.
        QVERIFY(CardTestBed::waitFor([] { return CardTestBed::cardPresent() == 1; }, 15000));
        expectGenuine(bed->read(kCan), QStringLiteral("PACE"));
        auto after = motcua::card::PcscReadJob::run(context, trust, QLatin1String(CardTestBed::ReaderName), options);
        QVERIFY2(after.isOk(), qPrintable(after.status().message() + QLatin1Char(' ') + after.status().details()));
        QCOMPARE(after->holder.idNumber, QStringLiteral("001089012345"));
    }
};

QTEST_GUILESS_MAIN(TestCardE2e)
#include "tst_card_e2e.moc"
