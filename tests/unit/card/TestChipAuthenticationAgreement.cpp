#include "CardTestUtil.h"
#include "crypto/ChipAuthenticationAgreement.h"

#include <QTest>

#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/x509.h>

using namespace motcua;
using namespace motcua::card;

namespace {

struct ChipKey
{
    QByteArray privateDer;
    QByteArray publicSpki;
};

// A static chip authentication key, with named or (like some real chips) explicit domain parameters.
ChipKey generate(const char* curve, bool explicitParameters)
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* raw = nullptr;
    char* curveName = const_cast<char*>(curve);
    char* encoding = const_cast<char*>(explicitParameters ? "explicit" : "named_curve");
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, curveName, 0),
                           OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_EC_ENCODING, encoding, 0),
                           OSSL_PARAM_construct_end()};
    ChipKey out;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_params(ctx.get(), params) != 1 ||
        EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return out;
    EvpPkeyPtr key(raw);
    out.privateDer.resize(i2d_PrivateKey(key.get(), nullptr));
    auto* p = reinterpret_cast<uchar*>(out.privateDer.data());
    i2d_PrivateKey(key.get(), &p);
    out.publicSpki.resize(i2d_PUBKEY(key.get(), nullptr));
    p = reinterpret_cast<uchar*>(out.publicSpki.data());
    i2d_PUBKEY(key.get(), &p);
    return out;
}

const QString caAes128 = QStringLiteral("0.4.0.127.0.7.2.2.3.2.2");

} // namespace

class TestChipAuthenticationAgreement : public QObject
{
    Q_OBJECT
private slots:
    void bothSidesAgree_data()
    {
        QTest::addColumn<QString>("oid");
        QTest::addColumn<QString>("curve");
        QTest::addColumn<bool>("explicitParameters");
        QTest::newRow("AES-128 brainpoolP256r1") << caAes128 << QStringLiteral("brainpoolP256r1") << false;
        QTest::newRow("AES-128 explicit parameters") << caAes128 << QStringLiteral("brainpoolP256r1") << true;
        QTest::newRow("AES-256 P-384") << QStringLiteral("0.4.0.127.0.7.2.2.3.2.4") << QStringLiteral("P-384") << false;
        QTest::newRow("3DES P-256") << QStringLiteral("0.4.0.127.0.7.2.2.3.2.1") << QStringLiteral("P-256") << false;
    }

    void bothSidesAgree()
    {
        QFETCH(QString, oid);
        QFETCH(QString, curve);
        QFETCH(bool, explicitParameters);
        const ChipKey key = generate(curve.toLatin1().constData(), explicitParameters);
        QVERIFY(!key.publicSpki.isEmpty());
        auto terminal = ChipAuthenticationAgreement::create(oid, key.publicSpki);
        QVERIFY2(terminal.isOk(), qPrintable(terminal.status().details()));
        QCOMPARE(terminal->ephemeralPublicKey().at(0), '\x04');
        auto chip = ChipAuthenticationAgreement::chipSession(oid, key.privateDer, terminal->ephemeralPublicKey());
        QVERIFY2(chip.isOk(), qPrintable(chip.status().details()));
        auto reader = terminal->session();
        QVERIFY(reader.isOk());
        QCOMPARE(reader->ksEnc(), chip->ksEnc());
        QCOMPARE(reader->ksMac(), chip->ksMac());
        QCOMPARE(reader->ssc(), QByteArray(oid.endsWith(QLatin1String(".1")) ? 8 : 16, '\0'));

        // The chip proves itself implicitly: its answer verifies under the new keys.
        auto command = reader->protectCommand(CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 4});
        QVERIFY(chip->unprotectCommand(*command).isOk());
        auto answer = chip->protectResponse(ResponseApdu{hex("60145F01"), 0x9000});
        auto plain = reader->unprotectResponse(*answer);
        QVERIFY(plain.isOk());
        QCOMPARE(plain->data, hex("60145F01"));
    }

    void cloneWithoutThePrivateKeyFails()
    {
        const ChipKey genuine = generate("brainpoolP256r1", false);
        const ChipKey clone = generate("brainpoolP256r1", false);
        auto terminal = ChipAuthenticationAgreement::create(caAes128, genuine.publicSpki);
        auto chip =
            ChipAuthenticationAgreement::chipSession(caAes128, clone.privateDer, terminal->ephemeralPublicKey());
        QVERIFY(chip.isOk());
        auto reader = terminal->session();
        auto answer = chip->protectResponse(ResponseApdu{hex("60145F01"), 0x9000});
        QVERIFY(reader->protectCommand(CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 4}).isOk());
        QCOMPARE(reader->unprotectResponse(*answer).status().code(), Status::Code::SecurityCheckFailed);
    }

    void commands()
    {
        const ChipKey key = generate("brainpoolP256r1", false);
        auto terminal = ChipAuthenticationAgreement::create(caAes128, key.publicSpki);
        QCOMPARE(upperHex(terminal->mseSetAtCommand(std::nullopt).encode()),
                 QStringLiteral("002241A40C800A04007F00070202030202"));
        QCOMPARE(upperHex(terminal->mseSetAtCommand(1).encode()),
                 QStringLiteral("002241A40F800A04007F00070202030202840101"));
        const QByteArray ga = terminal->generalAuthenticateCommand().encode();
        QCOMPARE(upperHex(ga.left(9)), QStringLiteral("00860000457C438041"));
        QCOMPARE(upperHex(terminal->mseSetKatCommand(std::nullopt).encode().left(7)), QStringLiteral("002241A6439141"));
    }

    void rejectsBadInput()
    {
        const ChipKey key = generate("brainpoolP256r1", false);
        QVERIFY(!ChipAuthenticationAgreement::create(QStringLiteral("0.4.0.127.0.7.2.2.3.1.2"), key.publicSpki)
                     .isOk()); // DH
        QVERIFY(!ChipAuthenticationAgreement::create(caAes128, hex("3000")).isOk());
        QByteArray offCurve = ChipAuthenticationAgreement::create(caAes128, key.publicSpki)->ephemeralPublicKey();
        offCurve[20] = char(offCurve.at(20) ^ 0x01);
        QCOMPARE(ChipAuthenticationAgreement::chipSession(caAes128, key.privateDer, offCurve).status().code(),
                 Status::Code::InputRejected);
        QVERIFY(!ChipAuthenticationAgreement::chipSession(caAes128, key.privateDer, hex("04")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestChipAuthenticationAgreement)
#include "TestChipAuthenticationAgreement.moc"
