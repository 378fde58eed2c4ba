#include "CardTestUtil.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

class TestBerTlv : public QObject
{
    Q_OBJECT
private slots:
    void multiByteTagAndLongLength()
    {
        const QByteArray value(300, 'x');
        const QByteArray encoded = hex("5F1F82012C") + value;
        auto tlv = BerTlvReader::parseSingle(encoded);
        QVERIFY(tlv.isOk());
        QCOMPARE(tlv->tag, 0x5F1Fu);
        QCOMPARE(tlv->value, value);
        QCOMPARE(tlv->raw, encoded);
        QVERIFY(!tlv->isConstructed());
    }

    void threeByteTagAndChildren()
    {
        auto tlv = BerTlvReader::parseSingle(hex("7F61 09 02 01 01 7F60 03 A1 01 00"));
        QVERIFY(tlv.isOk());
        QCOMPARE(tlv->tag, 0x7F61u);
        QVERIFY(tlv->isConstructed());
        auto children = tlv->children();
        QVERIFY(children.isOk());
        QCOMPARE(children->size(), 2);
        QCOMPARE(children->at(1).tag, 0x7F60u);
        QVERIFY(tlv->child(0x7F60).isOk());
        QCOMPARE(tlv->child(0x5F2E).status().code(), Status::Code::InputRejected);
    }

    void rejectsTruncatedValue()
    {
        auto tlv = BerTlvReader::parseSingle(hex("6105 5F1F02"));
        QVERIFY(!tlv.isOk());
        QCOMPARE(tlv.status().code(), Status::Code::InputRejected);
    }

    void rejectsOverlongLength()
    {
        QVERIFY(!BerTlvReader::parseSingle(hex("04 84 7FFFFFFF 00")).isOk());
        QVERIFY(!BerTlvReader::parseSingle(hex("04 85 0000000001 00")).isOk()); // five length bytes
        QVERIFY(!BerTlvReader::parseSingle(hex("04 82 01")).isOk());            // truncated length
    }

    void rejectsIndefiniteLength()
    {
        auto tlv = BerTlvReader::parseSingle(hex("30 80 0400 0000"));
        QVERIFY(!tlv.isOk());
        QVERIFY(tlv.status().details().contains(QStringLiteral("indefinite")));
    }

    void rejectsTruncatedAndOverlongTags()
    {
        QVERIFY(!BerTlvReader::parseSingle(hex("5F")).isOk());
        QVERIFY(!BerTlvReader::parseSingle(hex("5F81")).isOk());
        QVERIFY(!BerTlvReader::parseSingle(hex("5F8181818101 00")).isOk());
        QVERIFY(!BerTlvReader::parseSingle(QByteArray()).isOk());
    }

    void trailingBytes()
    {
        QVERIFY(BerTlvReader::parseSingle(hex("0401AA 0000")).isOk()); // padding of a file read in blocks
        QVERIFY(BerTlvReader::parseSingle(hex("0401AA FFFF")).isOk());
        QVERIFY(!BerTlvReader::parseSingle(hex("0401AA 01")).isOk());
        QVERIFY(BerTlvReader::parseSingle(hex("0401AA 01"), true).isOk());
    }

    void encodedLengthFromHeader()
    {
        auto len = BerTlvReader::encodedLength(hex("75 82 3A 10 7F 61"));
        QVERIFY(len.isOk());
        QCOMPARE(*len, qsizetype(4 + 0x3A10));
        QVERIFY(!BerTlvReader::encodedLength(hex("75 82 3A")).isOk());
    }

    void derWriterRoundTrip()
    {
        QCOMPARE(DerWriter::encodeLength(0x7F), hex("7F"));
        QCOMPARE(DerWriter::encodeLength(0x80), hex("8180"));
        QCOMPARE(DerWriter::encodeLength(0x1234), hex("821234"));
        QCOMPARE(DerWriter::tlv(0x7F49, hex("0102")), hex("7F49020102"));
        QCOMPARE(DerWriter::integer(128), hex("02020080"));
        QCOMPARE(DerWriter::integer(0), hex("020100"));
        QCOMPARE(DerWriter::objectIdentifier(QStringLiteral("0.4.0.127.0.7.2.2.4.2.2")),
                 hex("060A04007F00070202040202"));
        const QByteArray big = DerWriter::octetString(QByteArray(70000, 'a'));
        auto tlv = BerTlvReader::parseSingle(big);
        QVERIFY(tlv.isOk());
        QCOMPARE(tlv->value.size(), 70000);
    }
};

QTEST_GUILESS_MAIN(TestBerTlv)
#include "TestBerTlv.moc"
