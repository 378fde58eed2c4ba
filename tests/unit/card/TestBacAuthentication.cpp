#include "CardTestUtil.h"
#include "crypto/BacAuthentication.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

// ICAO 9303-11 Appendix D.3: mutual authentication with fixed challenges and keys.
class TestBacAuthentication : public QObject
{
    Q_OBJECT
private:
    const QString mrzInfo = QStringLiteral("L898902C<369080619406236");
    const QByteArray rndIc = hex("4608F91988702212");
    const QByteArray rndIfd = hex("781723860C06C226");
    const QByteArray kIfd = hex("0B795240CB7049B01C19B33E32804F0B");
    const QByteArray kIc = hex("0B4F80323EB3191CB04970CB4052790B");
    const char* cardAnswer = "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449";

private slots:
    void keys()
    {
        const auto keys = BacAuthentication::keysFromMrz(mrzInfo);
        QCOMPARE(upperHex(keys.kEnc), QStringLiteral("AB94FDECF2674FDFB9B391F85D7F76F2"));
        QCOMPARE(upperHex(keys.kMac), QStringLiteral("7962D9ECE03D1ACD4C76089DCE131543"));
    }

    void terminalSide()
    {
        const auto keys = BacAuthentication::keysFromMrz(mrzInfo);
        const QByteArray data = BacAuthentication::terminalCommandData(keys, rndIc, rndIfd, kIfd);
        const CommandApdu externalAuthenticate{0x00, 0x82, 0x00, 0x00, data, 0x28};
        QCOMPARE(upperHex(externalAuthenticate.encode()),
                 QStringLiteral(
                     "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728"));

        auto session = BacAuthentication::terminalCompletion(keys, rndIc, rndIfd, kIfd, hex(cardAnswer));
        QVERIFY(session.isOk());
        QCOMPARE(upperHex(session->ksEnc()), QStringLiteral("979EC13B1CBFE9DCD01AB0FED307EAE5"));
        QCOMPARE(upperHex(session->ksMac()), QStringLiteral("F1CB1F1FB5ADF208806B89DC579DC1F8"));
        QCOMPARE(upperHex(session->ssc()), QStringLiteral("887022120C06C226"));
    }

    void cardSide()
    {
        const auto keys = BacAuthentication::keysFromMrz(mrzInfo);
        const QByteArray data = BacAuthentication::terminalCommandData(keys, rndIc, rndIfd, kIfd);
        auto answer = BacAuthentication::cardRespond(keys, rndIc, kIc, data);
        QVERIFY(answer.isOk());
        QCOMPARE(upperHex(answer->responseData), QString::fromLatin1(cardAnswer));
        QCOMPARE(upperHex(answer->session.ksEnc()), QStringLiteral("979EC13B1CBFE9DCD01AB0FED307EAE5"));
        QCOMPARE(upperHex(answer->session.ssc()), QStringLiteral("887022120C06C226"));
    }

    void wrongKeyIsRefused()
    {
        const auto keys = BacAuthentication::keysFromMrz(mrzInfo);
        const auto wrong = BacAuthentication::keysFromMrz(QStringLiteral("L898902C<369080619406247"));
        const QByteArray data = BacAuthentication::terminalCommandData(wrong, rndIc, rndIfd, kIfd);
        auto answer = BacAuthentication::cardRespond(keys, rndIc, kIc, data);
        QCOMPARE(answer.status().code(), Status::Code::CardAccessDenied);

        QByteArray forged = hex(cardAnswer);
        forged[39] = char(forged[39] ^ 1);
        auto session = BacAuthentication::terminalCompletion(keys, rndIc, rndIfd, kIfd, forged);
        QCOMPARE(session.status().code(), Status::Code::SecurityCheckFailed);
        QCOMPARE(BacAuthentication::terminalCompletion(keys, rndIc, rndIfd, kIfd, hex("0102")).status().code(),
                 Status::Code::InputRejected);
    }
};

QTEST_GUILESS_MAIN(TestBacAuthentication)
#include "TestBacAuthentication.moc"
