#include "CardTestUtil.h"
#include "access/MseSetAt.h"
#include "access/SecurityInfos.h"
#include "lds/Dg14.h"
#include "tlv/DerWriter.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

class TestSecurityInfos : public QObject
{
    Q_OBJECT
private slots:
    void cccdCardAccess()
    {
        // EF.CardAccess as published for the CCCD (see the domain notes).
        auto infos = SecurityInfos::parse(hex("3134300d060804007f0007020202020101300f060a04007f000702020302020201013012"
                                              "060a04007f0007020204020202010202010d"));
        QVERIFY2(infos.isOk(), qPrintable(infos.status().details()));
        QCOMPARE(infos->terminalAuthentication.size(), 1);
        QCOMPARE(infos->terminalAuthentication[0].version, 1);
        QCOMPARE(infos->chipAuthentication.size(), 1);
        QCOMPARE(infos->chipAuthentication[0].protocol, QStringLiteral("0.4.0.127.0.7.2.2.3.2.2"));
        QCOMPARE(infos->pace.size(), 1);
        QCOMPARE(infos->pace[0].protocol, QStringLiteral("0.4.0.127.0.7.2.2.4.2.2"));
        QCOMPARE(infos->pace[0].version, 2);
        QCOMPARE(*infos->pace[0].parameterId, 13);
        auto chosen = infos->choosePace();
        QVERIFY(chosen.has_value());
        QCOMPARE(chosen->parameterId, 13);
        QCOMPARE(chosen->algorithm.keyBits, 128);
        QVERIFY(chosen->sendParameterId);
    }

    void prefersTheStrongestSupportedConfiguration()
    {
        auto pace = [](const char* oid, int id) {
            return DerWriter::sequence(
                {DerWriter::objectIdentifier(QString::fromLatin1(oid)), DerWriter::integer(2), DerWriter::integer(id)});
        };
        auto infos = SecurityInfos::parse(
            DerWriter::set({pace("0.4.0.127.0.7.2.2.4.2.1", 13), pace("0.4.0.127.0.7.2.2.4.1.2", 0), // DH: unsupported
                            pace("0.4.0.127.0.7.2.2.4.4.4", 13),                                     // IM: unsupported
                            pace("0.4.0.127.0.7.2.2.4.2.4", 16), pace("0.4.0.127.0.7.2.2.4.2.2", 13)}));
        QVERIFY(infos.isOk());
        QCOMPARE(infos->pace.size(), 5);
        auto chosen = infos->choosePace();
        QVERIFY(chosen.has_value());
        QCOMPARE(chosen->algorithm.oid, QStringLiteral("0.4.0.127.0.7.2.2.4.2.4"));
        QCOMPARE(chosen->parameterId, 16);
        auto none = SecurityInfos::parse(DerWriter::set({pace("0.4.0.127.0.7.2.2.4.2.2", 2)}));
        QVERIFY(none.isOk());
        QVERIFY(!none->choosePace().has_value());
    }

    void mseSetAt()
    {
        // ICAO 9303-11 Appendix G.1, MRZ password; 83 02 for a CAN.
        QCOMPARE(
            upperHex(
                MseSetAt::paceCommand(QStringLiteral("0.4.0.127.0.7.2.2.4.2.2"), MseSetAt::Password::Mrz, 13).encode()),
            QStringLiteral("0022C1A412800A04007F0007020204020283010184010D"));
        QCOMPARE(upperHex(MseSetAt::paceData(QStringLiteral("0.4.0.127.0.7.2.2.4.2.2"), MseSetAt::Password::Can,
                                             std::nullopt)),
                 QStringLiteral("800A04007F00070202040202830102"));
    }

    void dg14WithChipAndActiveAuthentication()
    {
        const QByteArray spki = hex("3014300706052B810400010309000000000000000000");
        const QByteArray set = DerWriter::set(
            {DerWriter::sequence({DerWriter::objectIdentifier(QStringLiteral("0.4.0.127.0.7.2.2.1.2")), spki}),
             DerWriter::sequence({DerWriter::objectIdentifier(QStringLiteral("0.4.0.127.0.7.2.2.3.2.2")),
                                  DerWriter::integer(1), DerWriter::integer(7)}),
             DerWriter::sequence({DerWriter::objectIdentifier(QStringLiteral("2.23.136.1.1.5")), DerWriter::integer(1),
                                  DerWriter::objectIdentifier(QStringLiteral("0.4.0.127.0.7.1.1.4.1.3"))}),
             DerWriter::sequence(
                 {DerWriter::objectIdentifier(QStringLiteral("2.23.136.1.1.13")), DerWriter::integer(1)})});
        auto infos = Dg14::parse(DerWriter::tlv(0x6E, set));
        QVERIFY2(infos.isOk(), qPrintable(infos.status().details()));
        QCOMPARE(infos->chipAuthenticationPublicKeys.size(), 1);
        QCOMPARE(infos->chipAuthenticationPublicKeys[0].subjectPublicKeyInfo, spki);
        QCOMPARE(*infos->chipAuthentication[0].keyId, 7);
        QCOMPARE(infos->activeAuthentication[0].signatureAlgorithm, QStringLiteral("0.4.0.127.0.7.1.1.4.1.3"));
        QCOMPARE(infos->otherProtocols, QList<QString>{QStringLiteral("2.23.136.1.1.13")});
    }

    void rejectsMalformed()
    {
        QVERIFY(!SecurityInfos::parse(hex("3003020101")).isOk());     // not a SET
        QVERIFY(!SecurityInfos::parse(hex("31053003020101")).isOk()); // no OID
        QVERIFY(!SecurityInfos::parse(hex("3134300d0608")).isOk());   // truncated
        QVERIFY(!Dg14::parse(hex("6F00")).isOk());
        QCOMPARE(SecurityInfos::parse(hex("3180")).status().code(), Status::Code::InputRejected);
    }
};

QTEST_GUILESS_MAIN(TestSecurityInfos)
#include "TestSecurityInfos.moc"
