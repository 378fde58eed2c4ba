#include "CardTestUtil.h"
#include "crypto/SecureMessaging.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

namespace {
// ICAO 9303-11 Appendix D.4: session keys and SSC after BAC.
SecureMessaging bacSession()
{
    return SecureMessaging(CipherKind::TripleDes, hex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                           hex("F1CB1F1FB5ADF208806B89DC579DC1F8"), hex("887022120C06C226"));
}

CommandApdu command(const char* hexText)
{
    return *CommandApdu::parse(hex(hexText));
}

ResponseApdu response(const char* hexText)
{
    return *ResponseApdu::parse(hex(hexText));
}
} // namespace

class TestSecureMessaging : public QObject
{
    Q_OBJECT
private slots:
    void readerSideAppendixD4()
    {
        SecureMessaging sm = bacSession();
        auto select = sm.protectCommand(command("00A4020C02011E"));
        QVERIFY(select.isOk());
        QCOMPARE(upperHex(select->encode()), QStringLiteral("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"));
        auto selectAnswer = sm.unprotectResponse(response("990290008E08FA855A5D4C50A8ED9000"));
        QVERIFY(selectAnswer.isOk());
        QCOMPARE(selectAnswer->sw, quint16(0x9000));
        QVERIFY(selectAnswer->data.isEmpty());

        auto read4 = sm.protectCommand(command("00B0000004"));
        QVERIFY(read4.isOk());
        QCOMPARE(upperHex(read4->encode()), QStringLiteral("0CB000000D9701048E08ED6705417E96BA5500"));
        auto read4Answer = sm.unprotectResponse(response("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"));
        QVERIFY(read4Answer.isOk());
        QCOMPARE(upperHex(read4Answer->data), QStringLiteral("60145F01"));

        auto read18 = sm.protectCommand(command("00B0000412"));
        QVERIFY(read18.isOk());
        QCOMPARE(upperHex(read18->encode()), QStringLiteral("0CB000040D9701128E082EA28A70F3C7B53500"));
        auto read18Answer = sm.unprotectResponse(
            response("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"));
        QVERIFY(read18Answer.isOk());
        QCOMPARE(upperHex(read18Answer->data), QStringLiteral("04303130365F36063034303030305C026175"));
        QCOMPARE(upperHex(sm.ssc()), QStringLiteral("887022120C06C22C"));
    }

    void cardSideAppendixD4()
    {
        SecureMessaging card = bacSession();
        auto select = card.unprotectCommand(command("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"));
        QVERIFY(select.isOk());
        QCOMPARE(upperHex(select->encode()), QStringLiteral("00A4020C02011E"));
        auto selectAnswer = card.protectResponse(ResponseApdu{{}, 0x9000});
        QCOMPARE(upperHex(selectAnswer->encode()), QStringLiteral("990290008E08FA855A5D4C50A8ED9000"));

        auto read4 = card.unprotectCommand(command("0CB000000D9701048E08ED6705417E96BA5500"));
        QVERIFY(read4.isOk());
        QCOMPARE(read4->le, 4);
        QCOMPARE(upperHex(read4->encode()), QStringLiteral("00B0000004"));
        auto read4Answer = card.protectResponse(ResponseApdu{hex("60145F01"), 0x9000});
        QCOMPARE(upperHex(read4Answer->encode()),
                 QStringLiteral("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"));

        auto read18 = card.unprotectCommand(command("0CB000040D9701128E082EA28A70F3C7B53500"));
        QVERIFY(read18.isOk());
        QCOMPARE(read18->le, 0x12);
        auto read18Answer = card.protectResponse(ResponseApdu{hex("04303130365F36063034303030305C026175"), 0x9000});
        QCOMPARE(
            upperHex(read18Answer->encode()),
            QStringLiteral("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"));
    }

    void responseMacIsCheckedEveryTime()
    {
        SecureMessaging sm = bacSession();
        QVERIFY(sm.protectCommand(command("00A4020C02011E")).isOk());
        auto tampered = sm.unprotectResponse(response("990290008E08FA855A5D4C50A8EE9000"));
        QVERIFY(!tampered.isOk());
        QCOMPARE(tampered.status().code(), Status::Code::SecurityCheckFailed);

        SecureMessaging sm2 = bacSession();
        QVERIFY(sm2.protectCommand(command("00A4020C02011E")).isOk());
        auto noMac = sm2.unprotectResponse(response("990290009000"));
        QCOMPARE(noMac.status().code(), Status::Code::SecurityCheckFailed);

        SecureMessaging sm3 = bacSession();
        QVERIFY(sm3.protectCommand(command("00A4020C02011E")).isOk());
        auto bare = sm3.unprotectResponse(response("9000"));
        QCOMPARE(bare.status().code(), Status::Code::SecurityCheckFailed);
    }

    void plainErrorStatusIsPassedOn()
    {
        SecureMessaging sm = bacSession();
        QVERIFY(sm.protectCommand(command("00A4020C02010B")).isOk());
        auto answer = sm.unprotectResponse(response("6A82"));
        QVERIFY(answer.isOk());
        QCOMPARE(answer->sw, quint16(0x6A82));
        QVERIFY(sm.lastResponseWasPlain());
    }

    void cardRejectsTamperedCommand()
    {
        SecureMessaging card = bacSession();
        auto tampered = card.unprotectCommand(command("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F900"));
        QCOMPARE(tampered.status().code(), Status::Code::SecurityCheckFailed);
    }

    void aesRoundTripExtendedLength()
    {
        const QByteArray enc = hex("F5F0E35C0D7161EE6724EE513A0D9A7F");
        const QByteArray mac = hex("FE251C7858B356B24514B3BD5F4297D1");
        SecureMessaging reader(CipherKind::Aes, enc, mac, QByteArray(16, '\0'));
        SecureMessaging card(CipherKind::Aes, enc, mac, QByteArray(16, '\0'));
        for (int round = 0; round < 3; ++round) {
            CommandApdu plain;
            plain.ins = 0xB0;
            plain.p1 = quint8(round);
            plain.le = 65536;
            auto protectedCommand = reader.protectCommand(plain);
            QVERIFY(protectedCommand.isOk());
            QVERIFY(protectedCommand->isExtended());
            QVERIFY(protectedCommand->encode().endsWith(hex("0000")));
            auto atCard = card.unprotectCommand(*CommandApdu::parse(protectedCommand->encode()));
            QVERIFY(atCard.isOk());
            QCOMPARE(atCard->le, 65536);
            QCOMPARE(atCard->p1, quint8(round));
            const QByteArray content(3000 + round, char('a' + round));
            auto protectedResponse = card.protectResponse(ResponseApdu{content, 0x9000});
            QVERIFY(protectedResponse.isOk());
            auto atReader = reader.unprotectResponse(*protectedResponse);
            QVERIFY(atReader.isOk());
            QCOMPARE(atReader->data, content);
        }
        QCOMPARE(reader.ssc(), card.ssc());
        QCOMPARE(upperHex(reader.ssc()), QStringLiteral("00000000000000000000000000000006"));
    }

    void oddInsUsesDo85()
    {
        SecureMessaging reader = bacSession();
        SecureMessaging card = bacSession();
        CommandApdu plain{0x00, 0xB1, 0x00, 0x00, hex("54028000"), 256};
        auto p = reader.protectCommand(plain);
        QVERIFY(p.isOk());
        QCOMPARE(quint8(p->data.at(0)), quint8(0x85));
        auto back = card.unprotectCommand(*p);
        QVERIFY(back.isOk());
        QCOMPARE(back->data, hex("54028000"));
        QCOMPARE(back->le, 256);
    }
};

QTEST_GUILESS_MAIN(TestSecureMessaging)
#include "TestSecureMessaging.moc"
