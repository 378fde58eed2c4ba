// The reader against the simulated chip in one process (no pcscd): access paths, Le fallbacks, session recovery,
// faults, cancellation and progress; plus the card quirks the simulator must reproduce.
#include "access/MseSetAt.h"
#include "reader/AccessControl.h"
#include "reader/CardReader.h"
#include "reader/ReadErrors.h"
#include "simulator/CardSimulator.h"
#include "simulator/SimulatedChannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::card;

namespace {
const QString kFixtures = QStringLiteral(MOTCUA_TEST_FIXTURES "/card/");
const QString kPki = QStringLiteral(MOTCUA_TEST_BINARY_DIR "/tests/e2e/inprocess-pki");
} // namespace

class TestCardInProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TrustStore m_trust;

    /// A fixture profile with some top-level fields replaced, written to a temporary file.
    QString variant(const QString& base, const QJsonObject& changes)
    {
        QFile in(kFixtures + base);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
        profile[QStringLiteral("portrait")] = QString(kFixtures + profile[QStringLiteral("portrait")].toString());
        for (auto it = changes.begin(); it != changes.end(); ++it)
            profile[it.key()] = it.value();
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("profile%1.json").arg(++n));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(profile).toJson());
        return path;
    }

    std::shared_ptr<CardSimulator> simulator(const QString& profilePath)
    {
        auto sim = CardSimulator::create(profilePath, kPki);
        if (!sim)
            qWarning() << sim.status().message() << sim.status().details();
        return sim ? *sim : nullptr;
    }

    Result<CitizenIdentity> read(CardSimulator& sim, const ReadOptions& options, int removeAfter = -1,
                                 FileReader::Progress progress = {}, const std::atomic<bool>* cancel = nullptr)
    {
        SimulatedChannel channel(sim.card(), removeAfter);
        CardReader reader(channel, m_trust);
        reader.setProgress(std::move(progress));
        reader.setCancelFlag(cancel);
        return reader.read(options);
    }

    static ReadOptions can(const QString& value = QStringLiteral("012345"))
    {
        ReadOptions o;
        o.key.can = value;
        return o;
    }

    static ReadOptions mrz(const QString& documentNumber = QStringLiteral("089012345"))
    {
        ReadOptions o;
        o.key.documentNumber = documentNumber;
        o.key.dateOfBirth = QStringLiteral("890315");
        o.key.dateOfExpiry = QStringLiteral("290315");
        return o;
    }

private slots:
    void initTestCase()
    {
        QProcess pki;
        pki.start(QStringLiteral("sh"), {QStringLiteral(MOTCUA_SOURCE_DIR "/tests/tools/make-test-pki.sh"), kPki});
        QVERIFY(pki.waitForFinished(120000));
        QCOMPARE(pki.exitCode(), 0);
        QVERIFY(m_trust.addPath(kPki + QStringLiteral("/csca.pem")).isOk());
    }

    void genuineCard_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("useCan");
        QTest::addColumn<bool>("extended");
        QTest::addColumn<QString>("access");
        QTest::addColumn<int>("maxApdus");
        QTest::newRow("PACE CAN extended") << "cccd-realistic.json" << true << true << "PACE" << 35;
        QTest::newRow("PACE CAN short") << "cccd-realistic.json" << true << false << "PACE" << 100;
        QTest::newRow("PACE MRZ extended") << "cccd-realistic.json" << false << true << "PACE" << 35;
        QTest::newRow("card without extended length") << "cccd-short-apdu.json" << true << true << "PACE" << 100;
        QTest::newRow("BAC, no EF.CardAccess") << "cccd-bac-only.json" << false << true << "BAC" << 35;
        QTest::newRow("BAC, PACE refused") << "cccd-pace-refused.json" << false << false << "BAC" << 100;
    }

    void genuineCard()
    {
        QFETCH(QString, profile);
        QFETCH(bool, useCan);
        QFETCH(bool, extended);
        QFETCH(QString, access);
        QFETCH(int, maxApdus);
        auto sim = simulator(kFixtures + profile);
        QVERIFY(sim);
        ReadOptions options = useCan ? can() : mrz();
        options.extendedLength = extended;
        auto identity = read(*sim, options);
        QVERIFY2(identity.isOk(), qPrintable(identity.status().details()));
        QCOMPARE(CitizenIdentity::toString(identity->security.access), access);
        QCOMPARE(identity->holder.idNumber, QStringLiteral("001089012345"));
        QCOMPARE(identity->security.passiveAuthentication, PassiveAuthenticationStatus::Valid);
        QCOMPARE(identity->security.activeAuthentication, ChipCheckVerdict::Valid);
        QCOMPARE(identity->security.chipAuthentication, ChipCheckVerdict::Valid);
        QVERIFY(!identity->portrait.image.isNull());
        QVERIFY2(identity->stats.apdus <= maxApdus, qPrintable(QString::number(identity->stats.apdus)));
    }

    void shortLeFollows6Cxx()
    {
        // A card whose buffer holds 100 bytes answers 6C64 to a larger Le: the reader re-asks with 100.
        auto sim = simulator(variant(QStringLiteral("cccd-realistic.json"),
                                     {{QStringLiteral("extendedLength"), false}, {QStringLiteral("maxLe"), 100}}));
        QVERIFY(sim);
        auto identity = read(*sim, can());
        QVERIFY2(identity.isOk(), qPrintable(identity.status().details()));
        QCOMPARE(identity->security.passiveAuthentication, PassiveAuthenticationStatus::Valid);
        QVERIFY(identity->stats.apdus > 160);
    }

    void extendedRefusedUnderSecureMessaging()
    {
        // No EF.CardAccess to probe with: the first extended READ BINARY under BAC makes the card drop the session.
        // The reader must notice, re-open access and continue with short APDUs.
        auto sim = simulator(variant(QStringLiteral("cccd-bac-only.json"),
                                     {{QStringLiteral("extendedLength"), false}, {QStringLiteral("maxLe"), 231}}));
        QVERIFY(sim);
        auto identity = read(*sim, mrz());
        QVERIFY2(identity.isOk(), qPrintable(identity.status().details()));
        QCOMPARE(identity->security.access, AccessProtocol::Bac);
        QCOMPARE(identity->security.passiveAuthentication, PassiveAuthenticationStatus::Valid);
    }

    void faultsGiveVerdicts()
    {
        auto tampered = simulator(kFixtures + QStringLiteral("cccd-tampered-dg13.json"));
        QVERIFY(tampered);
        auto t = read(*tampered, can());
        QVERIFY(t.isOk());
        QCOMPARE(t->security.passiveAuthentication, PassiveAuthenticationStatus::Invalid);
        QCOMPARE(t->security.dataGroups.value(13), DataGroupVerdict::Invalid);
        QCOMPARE(t->security.dataGroups.value(1), DataGroupVerdict::Valid);

        auto untrusted = simulator(kFixtures + QStringLiteral("cccd-untrusted-signer.json"));
        QVERIFY(untrusted);
        auto u = read(*untrusted, can());
        QVERIFY(u.isOk());
        QCOMPARE(u->security.passiveAuthentication, PassiveAuthenticationStatus::UntrustedSigner);

        auto clone = simulator(kFixtures + QStringLiteral("cccd-clone.json"));
        QVERIFY(clone);
        auto c = read(*clone, can());
        QVERIFY(c.isOk());
        QCOMPARE(c->security.passiveAuthentication, PassiveAuthenticationStatus::Valid);
        QCOMPARE(c->security.activeAuthentication, ChipCheckVerdict::Invalid);
        QCOMPARE(c->security.chipAuthentication, ChipCheckVerdict::Invalid);
        QVERIFY(!c->chipVerified());
    }

    void wrongKeysAreAccessDenied()
    {
        auto sim = simulator(kFixtures + QStringLiteral("cccd-realistic.json"));
        QVERIFY(sim);
        auto wrongCan = read(*sim, can(QStringLiteral("999999")));
        QCOMPARE(wrongCan.status().code(), Status::Code::CardAccessDenied);
        QVERIFY(read(*sim, can()).isOk()); // the operator may retry

        auto bac = simulator(kFixtures + QStringLiteral("cccd-bac-only.json"));
        QVERIFY(bac);
        QCOMPARE(read(*bac, mrz(QStringLiteral("089012346"))).status().code(), Status::Code::CardAccessDenied);
        QCOMPARE(read(*bac, can()).status().code(), Status::Code::CardAccessDenied); // BAC needs the MRZ
    }

    void refusedCanFallsBackToMrz()
    {
        // A card whose CAN is not the end of the ID number: the derived CAN fails, the MRZ key opens it.
        auto sim = simulator(
            variant(QStringLiteral("cccd-realistic.json"), {{QStringLiteral("can"), QStringLiteral("246810")}}));
        QVERIFY(sim);
        ReadOptions options = mrz();
        options.key.can = QStringLiteral("012345");
        auto identity = read(*sim, options);
        QVERIFY2(identity.isOk(), qPrintable(identity.status().details()));
        QCOMPARE(identity->security.access, AccessProtocol::Pace);
        QCOMPARE(read(*sim, can()).status().code(), Status::Code::CardAccessDenied);
        QVERIFY(read(*sim, can(QStringLiteral("246810"))).isOk());
    }

    void removalIsCommunicationLost()
    {
        auto sim = simulator(kFixtures + QStringLiteral("cccd-realistic.json"));
        QVERIFY(sim);
        for (int after : {3, 9, 12, 17}) {
            sim->card().reset();
            const int base = sim->card().apduCount();
            auto identity = read(*sim, can(), base + after);
            QCOMPARE(identity.status().code(), Status::Code::CardCommunicationLost);
        }
    }

    void progressAndCancel()
    {
        auto sim = simulator(kFixtures + QStringLiteral("cccd-realistic.json"));
        QVERIFY(sim);
        QMap<QString, qint64> finished;
        auto identity = read(*sim, can(), -1, [&](const QString& file, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (done == total)
                finished[file] = total;
        });
        QVERIFY(identity.isOk());
        for (const char* file : {"EF.CardAccess", "EF.COM", "DG1", "DG2", "DG13", "DG14", "DG15", "EF.SOD"})
            QVERIFY2(finished.contains(QLatin1String(file)), file);
        QVERIFY(finished.value(QStringLiteral("DG2")) > 15000);

        // Cancelling at any stage ends the read with "cancelled", never with another error or a fallback.
        for (const char* stage : {"EF.CardAccess", "EF.COM", "DG14", "DG1", "EF.SOD"}) {
            std::atomic<bool> cancel{false};
            auto cancelled = read(
                *sim, can(), -1,
                [&](const QString& file, qint64, qint64) {
                    if (file == QLatin1String(stage))
                        cancel = true;
                },
                &cancel);
            QVERIFY2(!cancelled.isOk() && ReadErrors::isCancelled(cancelled.status()), stage);
        }
    }

    void cardQuirks()
    {
        auto sim = simulator(kFixtures + QStringLiteral("cccd-realistic.json"));
        QVERIFY(sim);
        SimulatedCard& card = sim->card();
        card.reset();
        QCOMPARE(card.process(QByteArray::fromHex("00A4000C023F00")).toHex(), QByteArray("6d00"));
        QCOMPARE(card.process(QByteArray::fromHex("00A4020C02011C")).toHex(), QByteArray("9000"));
        // MSE:Set AT without the parameter ID is refused with 6A87.
        const QString oid = QStringLiteral("0.4.0.127.0.7.2.2.4.2.2");
        const QByteArray noParameter = MseSetAt::paceCommand(oid, MseSetAt::Password::Can, std::nullopt).encode();
        QCOMPARE(card.process(noParameter).toHex(), QByteArray("6a87"));
        // Files of the application are not readable before access control.
        QCOMPARE(card.process(QByteArray::fromHex("00A4040C07A0000002471001")).toHex(), QByteArray("9000"));
        QCOMPARE(card.process(QByteArray::fromHex("00B0810000")).toHex(), QByteArray("6982"));

        SimulatedChannel raw(card);
        SecureChannel channel(raw);
        ReadOptions options = can();
        auto access =
            AccessControl::establish(channel, options.key,
                                     QByteArray::fromHex("3134300d060804007f0007020202020101300f060a04007f0007020203020"
                                                         "20201013012060a04007f0007020204020202010202010d"));
        QVERIFY2(access.isOk(), qPrintable(access.status().details()));
        auto select = [&](const char* fid) {
            CommandApdu c;
            c.ins = 0xA4;
            c.p1 = 0x02;
            c.p2 = 0x0C;
            c.data = QByteArray::fromHex(fid);
            return channel.send(c);
        };
        auto dg11 = select("010B");
        QVERIFY(dg11.isOk());
        QCOMPARE(dg11->sw, quint16(0x6A82)); // DG11 absent
        auto dg3 = select("0103");
        QVERIFY(dg3.isOk() && dg3->isSuccess());
        CommandApdu readDg3;
        readDg3.ins = 0xB0;
        readDg3.le = 256;
        auto denied = channel.send(readDg3);
        QVERIFY(denied.isOk());
        QCOMPARE(denied->sw, quint16(0x6982)); // DG3 needs EAC
    }
};

QTEST_GUILESS_MAIN(TestCardInProcess)
#include "tst_card_inprocess.moc"
