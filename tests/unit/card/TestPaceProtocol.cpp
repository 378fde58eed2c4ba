#include "CardTestUtil.h"
#include "crypto/KeyDerivation.h"
#include "crypto/PaceProtocol.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

// ICAO 9303-11 Appendix G.1: PACE ECDH generic mapping, AES-128, brainpoolP256r1 (parameter 13).
// The ephemeral private keys are the ones of the appendix; the doc's shared secret, session keys
// and tokens confirm them.
namespace {
const char* gmOid = "0.4.0.127.0.7.2.2.4.2.2";
const QByteArray kPi = hex("89DED1B26624EC1E634C1989302849DD");
const QByteArray nonce = hex("3F00C4D39D153F2B2A214A078D899B22");
const QByteArray encryptedNonce = hex("95A3A016522EE98D01E76CB6B98B42C3");
const QByteArray skMapIfd = hex("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99");
const QByteArray skMapIc = hex("498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560");
const QByteArray skIfd = hex("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595");
const QByteArray skIc = hex("107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A");

PaceAlgorithm algorithm(const QString& oid = QString::fromLatin1(gmOid))
{
    return *PaceAlgorithm::fromOid(oid);
}
} // namespace

class TestPaceProtocol : public QObject
{
    Q_OBJECT
private slots:
    void algorithmFromOid()
    {
        auto a = PaceAlgorithm::fromOid(QString::fromLatin1(gmOid));
        QVERIFY(a.has_value());
        QVERIFY(a->isSupported());
        QCOMPARE(a->keyBits, 128);
        QVERIFY(a->cipher == CipherKind::Aes);
        QVERIFY(!PaceAlgorithm::fromOid(QStringLiteral("0.4.0.127.0.7.2.2.4.1.2"))->isSupported()); // DH
        QVERIFY(!PaceAlgorithm::fromOid(QStringLiteral("0.4.0.127.0.7.2.2.3.2.2")).has_value());    // CA
        QCOMPARE(PaceAlgorithm::ecdhGenericMappingOid(CipherKind::Aes, 256), QStringLiteral("0.4.0.127.0.7.2.2.4.2.4"));
    }

    void appendixG1()
    {
        auto chip = PaceProtocol::create(PaceProtocol::Role::Chip, algorithm(), 13, kPi);
        auto terminal = PaceProtocol::create(PaceProtocol::Role::Terminal, algorithm(), 13, kPi);
        QVERIFY(chip.isOk() && terminal.isOk());
        chip->setMappingPrivateKey(skMapIc);
        chip->setEphemeralPrivateKey(skIc);
        terminal->setMappingPrivateKey(skMapIfd);
        terminal->setEphemeralPrivateKey(skIfd);

        auto z = chip->encryptNonce(nonce);
        QVERIFY(z.isOk());
        QCOMPARE(*z, encryptedNonce);
        QVERIFY(terminal->decryptNonce(*z).isOk());
        QCOMPARE(terminal->nonce(), nonce);

        auto mapIfd = terminal->mappingPublicKey();
        auto mapIc = chip->mappingPublicKey();
        QCOMPARE(upperHex(*mapIfd), QStringLiteral("04"
                                                   "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                                                   "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D"));
        QCOMPARE(upperHex(*mapIc), QStringLiteral("04"
                                                  "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                                                  "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"));
        QVERIFY(terminal->mapGenerator(*mapIc).isOk());
        QVERIFY(chip->mapGenerator(*mapIfd).isOk());
        const QString mapped = QStringLiteral("04"
                                              "8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
                                              "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522");
        QCOMPARE(upperHex(terminal->mappedGenerator()), mapped);
        QCOMPARE(upperHex(chip->mappedGenerator()), mapped);

        auto pkIfd = terminal->ephemeralPublicKey();
        auto pkIc = chip->ephemeralPublicKey();
        QCOMPARE(upperHex(*pkIfd), QStringLiteral("04"
                                                  "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
                                                  "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462"));
        QCOMPARE(upperHex(*pkIc), QStringLiteral("04"
                                                 "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                                                 "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"));
        QVERIFY(terminal->agreeKeys(*pkIc).isOk());
        QVERIFY(chip->agreeKeys(*pkIfd).isOk());
        QCOMPARE(upperHex(terminal->sharedSecret()),
                 QStringLiteral("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925"));
        QCOMPARE(chip->sharedSecret(), terminal->sharedSecret());
        QCOMPARE(upperHex(terminal->ksEnc()), QStringLiteral("F5F0E35C0D7161EE6724EE513A0D9A7F"));
        QCOMPARE(upperHex(terminal->ksMac()), QStringLiteral("FE251C7858B356B24514B3BD5F4297D1"));

        QCOMPARE(upperHex(terminal->authenticationToken()), QStringLiteral("C2B0BD78D94BA866"));
        QCOMPARE(upperHex(chip->authenticationToken()), QStringLiteral("3ABB9674BCE93C08"));
        QVERIFY(chip->verifyPeerToken(terminal->authenticationToken()).isOk());
        QVERIFY(terminal->verifyPeerToken(chip->authenticationToken()).isOk());
        QCOMPARE(terminal->secureMessaging().ssc(), QByteArray(16, '\0'));

        // The GENERAL AUTHENTICATE wrapping of the last step, as on the wire.
        QCOMPARE(upperHex(PaceProtocol::dynamicAuthenticationData(0x85, terminal->authenticationToken())),
                 QStringLiteral("7C0A8508C2B0BD78D94BA866"));
        auto token = PaceProtocol::parseDynamicAuthenticationData(hex("7C0A86083ABB9674BCE93C08"), 0x86);
        QVERIFY(token.isOk());
        QVERIFY(terminal->verifyPeerToken(*token).isOk());
        QCOMPARE(upperHex(PaceProtocol::dynamicAuthenticationData(0, {})), QStringLiteral("7C00"));
    }

    void roundTripsOnEveryStandardizedCurve_data()
    {
        QTest::addColumn<int>("parameterId");
        QTest::addColumn<QString>("oid");
        for (int id = 8; id <= 18; ++id) {
            for (const char* oid : {"0.4.0.127.0.7.2.2.4.2.1", "0.4.0.127.0.7.2.2.4.2.2", "0.4.0.127.0.7.2.2.4.2.3",
                                    "0.4.0.127.0.7.2.2.4.2.4"})
                QTest::addRow("%d %s", id, oid) << id << QString::fromLatin1(oid);
        }
    }

    void roundTripsOnEveryStandardizedCurve()
    {
        QFETCH(int, parameterId);
        QFETCH(QString, oid);
        const PaceAlgorithm a = algorithm(oid);
        const QByteArray key = KeyDerivation::paceKeyFromCan(QStringLiteral("123456"), a.cipher, a.keyBits);
        auto chip = PaceProtocol::create(PaceProtocol::Role::Chip, a, parameterId, key);
        auto terminal = PaceProtocol::create(PaceProtocol::Role::Terminal, a, parameterId, key);
        QVERIFY(chip.isOk() && terminal.isOk());
        QVERIFY(terminal->decryptNonce(*chip->encryptNonce()).isOk());
        QCOMPARE(terminal->nonce(), chip->nonce());
        const QByteArray mapT = *terminal->mappingPublicKey();
        const QByteArray mapC = *chip->mappingPublicKey();
        QVERIFY(terminal->mapGenerator(mapC).isOk());
        QVERIFY(chip->mapGenerator(mapT).isOk());
        const QByteArray pkT = *terminal->ephemeralPublicKey();
        const QByteArray pkC = *chip->ephemeralPublicKey();
        QVERIFY(terminal->agreeKeys(pkC).isOk());
        QVERIFY(chip->agreeKeys(pkT).isOk());
        QCOMPARE(terminal->sharedSecret(), chip->sharedSecret());
        QCOMPARE(terminal->ksEnc().size(), a.cipher == CipherKind::TripleDes ? 16 : a.keyBits / 8);
        QVERIFY(chip->verifyPeerToken(terminal->authenticationToken()).isOk());
        QVERIFY(terminal->verifyPeerToken(chip->authenticationToken()).isOk());
    }

    void wrongPasswordFailsAtTheToken()
    {
        const PaceAlgorithm a = algorithm();
        auto chip = PaceProtocol::create(PaceProtocol::Role::Chip, a, 13,
                                         KeyDerivation::paceKeyFromCan(QStringLiteral("123456"), a.cipher, 128));
        auto terminal = PaceProtocol::create(PaceProtocol::Role::Terminal, a, 13,
                                             KeyDerivation::paceKeyFromCan(QStringLiteral("654321"), a.cipher, 128));
        QVERIFY(terminal->decryptNonce(*chip->encryptNonce()).isOk());
        const QByteArray mapT = *terminal->mappingPublicKey();
        QVERIFY(terminal->mapGenerator(*chip->mappingPublicKey()).isOk());
        QVERIFY(chip->mapGenerator(mapT).isOk());
        const QByteArray pkT = *terminal->ephemeralPublicKey();
        QVERIFY(terminal->agreeKeys(*chip->ephemeralPublicKey()).isOk());
        QVERIFY(chip->agreeKeys(pkT).isOk());
        QCOMPARE(chip->verifyPeerToken(terminal->authenticationToken()).code(), Status::Code::CardAccessDenied);
        QCOMPARE(terminal->verifyPeerToken(chip->authenticationToken()).code(), Status::Code::SecurityCheckFailed);
    }

    void rejectsBadPeerKeysAndUnsupportedParameters()
    {
        auto terminal = PaceProtocol::create(PaceProtocol::Role::Terminal, algorithm(), 13, kPi);
        QVERIFY(terminal->decryptNonce(encryptedNonce).isOk());
        const QByteArray own = *terminal->mappingPublicKey();
        QCOMPARE(terminal->mapGenerator(own).code(), Status::Code::SecurityCheckFailed);
        QByteArray offCurve = own;
        offCurve[10] = char(offCurve[10] ^ 0x01);
        QCOMPARE(terminal->mapGenerator(offCurve).code(), Status::Code::InputRejected);
        QVERIFY(!terminal->mapGenerator(hex("04")).isOk());
        QVERIFY(!PaceProtocol::create(PaceProtocol::Role::Terminal, algorithm(), 2, kPi).isOk());
        QVERIFY(!PaceProtocol::create(PaceProtocol::Role::Terminal, algorithm(), 19, kPi).isOk());
        QVERIFY(!terminal->decryptNonce(hex("0102")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestPaceProtocol)
#include "TestPaceProtocol.moc"
