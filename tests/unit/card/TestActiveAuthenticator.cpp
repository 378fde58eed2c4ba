#include "CardTestUtil.h"
#include "crypto/OpenSslHandles.h"
#include "lds/Dg15.h"
#include "security/ActiveAuthenticator.h"

#include <QTest>

#include <openssl/x509.h>

using namespace motcua;
using namespace motcua::card;

namespace {

struct KeyPair
{
    QByteArray privateDer;
    QByteArray publicSpki;
};

KeyPair generate(const char* type, const char* curveOrBits)
{
    EvpPkeyPtr key(qstrcmp(type, "RSA") == 0 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(atoi(curveOrBits)))
                                             : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curveOrBits));
    KeyPair pair;
    if (!key)
        return pair;
    int n = i2d_PrivateKey(key.get(), nullptr);
    pair.privateDer.resize(n);
    auto* p = reinterpret_cast<uchar*>(pair.privateDer.data());
    i2d_PrivateKey(key.get(), &p);
    n = i2d_PUBKEY(key.get(), nullptr);
    pair.publicSpki.resize(n);
    p = reinterpret_cast<uchar*>(pair.publicSpki.data());
    i2d_PUBKEY(key.get(), &p);
    return pair;
}

const QByteArray challenge = hex("0102030405060708");

} // namespace

class TestActiveAuthenticator : public QObject
{
    Q_OBJECT
private slots:
    void rsaIso9796_2_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("bits");
        QTest::newRow("SHA-1 trailer BC, 1024") << QStringLiteral("SHA1") << 1024;
        QTest::newRow("SHA-256 trailer 34CC, 2048") << QStringLiteral("SHA256") << 2048;
    }

    void rsaIso9796_2()
    {
        QFETCH(QString, digest);
        QFETCH(int, bits);
        const KeyPair key = generate("RSA", QByteArray::number(bits).constData());
        QVERIFY(!key.privateDer.isEmpty());
        auto dg15 = Dg15::parse(Dg15::encode(key.publicSpki));
        QVERIFY(dg15.isOk());
        QVERIFY(dg15->keyType == Dg15::KeyType::Rsa);
        QCOMPARE(dg15->keyBits, bits);
        for (int i = 0; i < 4; ++i) { // random M1 and the min(s, n - s) choice vary between runs
            auto signature = ActiveAuthenticator::sign(key.privateDer, challenge, digest);
            QVERIFY(signature.isOk());
            QCOMPARE(signature->size(), bits / 8);
            QVERIFY(ActiveAuthenticator::verify(dg15->subjectPublicKeyInfo, challenge, *signature) ==
                    ChipCheckVerdict::Valid);
            QVERIFY(ActiveAuthenticator::verify(dg15->subjectPublicKeyInfo, hex("0102030405060709"), *signature) ==
                    ChipCheckVerdict::Invalid);
            QByteArray forged = *signature;
            forged[5] = char(forged.at(5) ^ 0x10);
            QVERIFY(ActiveAuthenticator::verify(dg15->subjectPublicKeyInfo, challenge, forged) ==
                    ChipCheckVerdict::Invalid);
        }
    }

    void ecdsaPlain()
    {
        const KeyPair key = generate("EC", "brainpoolP256r1");
        auto dg15 = Dg15::parse(Dg15::encode(key.publicSpki));
        QVERIFY(dg15.isOk());
        QVERIFY(dg15->keyType == Dg15::KeyType::Ec);
        auto signature = ActiveAuthenticator::sign(key.privateDer, challenge, QStringLiteral("SHA256"));
        QVERIFY(signature.isOk());
        QCOMPARE(signature->size(), 64);
        const QString sha256 = QStringLiteral("0.4.0.127.0.7.1.1.4.1.3");
        QVERIFY(ActiveAuthenticator::verify(key.publicSpki, challenge, *signature, sha256) == ChipCheckVerdict::Valid);
        QVERIFY(ActiveAuthenticator::verify(key.publicSpki, challenge, *signature) == ChipCheckVerdict::Valid);
        QVERIFY(ActiveAuthenticator::verify(key.publicSpki, challenge, *signature,
                                            QStringLiteral("0.4.0.127.0.7.1.1.4.1.1")) ==
                ChipCheckVerdict::Invalid); // DG14 says SHA-1
        QVERIFY(ActiveAuthenticator::verify(key.publicSpki, hex("0000000000000000"), *signature, sha256) ==
                ChipCheckVerdict::Invalid);
    }

    void cloneWithAnotherKeyIsInvalid()
    {
        const KeyPair genuine = generate("EC", "brainpoolP256r1");
        const KeyPair clone = generate("EC", "brainpoolP256r1");
        auto signature = ActiveAuthenticator::sign(clone.privateDer, challenge, QStringLiteral("SHA256"));
        QVERIFY(ActiveAuthenticator::verify(genuine.publicSpki, challenge, *signature) == ChipCheckVerdict::Invalid);
        QVERIFY(ActiveAuthenticator::verify(genuine.publicSpki, challenge, {}) == ChipCheckVerdict::Invalid);
        QVERIFY(ActiveAuthenticator::verify(hex("3000"), challenge, *signature) == ChipCheckVerdict::NotSupported);
        QVERIFY(!Dg15::parse(Dg15::encode(hex("3003020101"))).isOk());
        QVERIFY(!ActiveAuthenticator::sign(hex("3000"), challenge).isOk());
    }

    void digestNames()
    {
        QCOMPARE(ActiveAuthenticator::digestForSignatureAlgorithm(QStringLiteral("0.4.0.127.0.7.1.1.4.1.5")),
                 QStringLiteral("SHA512"));
        QCOMPARE(ActiveAuthenticator::digestForSignatureAlgorithm(QStringLiteral("1.2.840.10045.4.3.2")),
                 QStringLiteral("SHA256"));
        QVERIFY(ActiveAuthenticator::digestForSignatureAlgorithm(QStringLiteral("1.2.3")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActiveAuthenticator)
#include "TestActiveAuthenticator.moc"
