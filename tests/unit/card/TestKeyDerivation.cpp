#include "CardTestUtil.h"
#include "crypto/KeyDerivation.h"

#include <QTest>

using namespace motcua::card;

// ICAO 9303-11 Appendix D.2 (BAC) and G.1 (PACE) key derivation vectors.
class TestKeyDerivation : public QObject
{
    Q_OBJECT
private slots:
    void mrzInformation()
    {
        QCOMPARE(KeyDerivation::mrzInformation(QStringLiteral("L898902C"), QStringLiteral("690806"),
                                               QStringLiteral("940623")),
                 QStringLiteral("L898902C<369080619406236"));
    }

    void bacKeys()
    {
        const QString info = QStringLiteral("L898902C<369080619406236");
        const QByteArray seed = KeyDerivation::bacKeySeed(info);
        QCOMPARE(upperHex(seed), QStringLiteral("239AB9CB282DAF66231DC5A4DF6BFBAE"));
        QCOMPARE(upperHex(KeyDerivation::derive(seed, KeyDerivation::Purpose::Encryption, CipherKind::TripleDes)),
                 QStringLiteral("AB94FDECF2674FDFB9B391F85D7F76F2"));
        QCOMPARE(upperHex(KeyDerivation::derive(seed, KeyDerivation::Purpose::Mac, CipherKind::TripleDes)),
                 QStringLiteral("7962D9ECE03D1ACD4C76089DCE131543"));
    }

    void paceMrzPasswordKey()
    {
        const QString info = KeyDerivation::mrzInformation(QStringLiteral("T22000129"), QStringLiteral("640812"),
                                                           QStringLiteral("101031"));
        QCOMPARE(upperHex(KeyDerivation::paceKeyFromMrz(info, CipherKind::Aes, 128)),
                 QStringLiteral("89DED1B26624EC1E634C1989302849DD"));
    }

    void paceCanKeyLengths()
    {
        QCOMPARE(KeyDerivation::paceKeyFromCan(QStringLiteral("123456"), CipherKind::Aes, 128).size(), 16);
        QCOMPARE(KeyDerivation::paceKeyFromCan(QStringLiteral("123456"), CipherKind::Aes, 192).size(), 24);
        QCOMPARE(KeyDerivation::paceKeyFromCan(QStringLiteral("123456"), CipherKind::Aes, 256).size(), 32);
        QVERIFY(KeyDerivation::paceKeyFromCan(QStringLiteral("123456"), CipherKind::Aes, 128) !=
                KeyDerivation::paceKeyFromCan(QStringLiteral("123457"), CipherKind::Aes, 128));
    }

    void desParity()
    {
        QByteArray key = hex("0000FEFF");
        KeyDerivation::adjustDesParity(key);
        QCOMPARE(key, hex("0101FEFE"));
    }
};

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "TestKeyDerivation.moc"
