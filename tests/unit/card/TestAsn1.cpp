#include "CardTestUtil.h"
#include "tlv/Asn1.h"

#include <QTest>

using namespace motcua::card;

class TestAsn1 : public QObject
{
    Q_OBJECT
private slots:
    void oids()
    {
        auto oid = Asn1::decodeOid(hex("04007F00070202040202"));
        QVERIFY(oid.isOk());
        QCOMPARE(*oid, QStringLiteral("0.4.0.127.0.7.2.2.4.2.2"));
        QCOMPARE(*Asn1::decodeOid(hex("678108010101")), QStringLiteral("2.23.136.1.1.1"));
        QCOMPARE(*Asn1::decodeOid(hex("2A864886F70D010702")), QStringLiteral("1.2.840.113549.1.7.2"));
        QCOMPARE(Asn1::encodeOid(QStringLiteral("1.2.840.113549.1.7.2")), hex("2A864886F70D010702"));
        QCOMPARE(Asn1::encodeOid(QStringLiteral("1.0.10646.1.0.8")), hex("28D316010008"));
        QVERIFY(!Asn1::decodeOid(hex("2A86")).isOk());   // truncated arc
        QVERIFY(!Asn1::decodeOid(hex("2A8001")).isOk()); // non-minimal arc
        QVERIFY(!Asn1::decodeOid({}).isOk());
        QVERIFY(Asn1::encodeOid(QStringLiteral("3.1")).isEmpty());
        QVERIFY(Asn1::encodeOid(QStringLiteral("1.x")).isEmpty());
    }

    void integers()
    {
        QCOMPARE(*Asn1::decodeInteger(hex("01")), 1);
        QCOMPARE(*Asn1::decodeInteger(hex("0080")), 128);
        QCOMPARE(*Asn1::decodeInteger(hex("0D")), 13);
        QVERIFY(!Asn1::decodeInteger(hex("FF")).isOk());
        QCOMPARE(*Asn1::decodeInteger(hex("FF"), true), -1);
        QVERIFY(!Asn1::decodeInteger({}).isOk());
        QVERIFY(!Asn1::decodeInteger(hex("010203040506070809")).isOk());
    }

    void strings()
    {
        QCOMPARE(*Asn1::decodeString(Asn1::Utf8String, QByteArrayLiteral("Nguy\xe1\xbb\x85n")),
                 QStringLiteral("Nguyễn"));
        QCOMPARE(*Asn1::decodeString(Asn1::PrintableString, QByteArrayLiteral("ABC")), QStringLiteral("ABC"));
        QVERIFY(!Asn1::decodeString(Asn1::Utf8String, QByteArrayLiteral("\xff\xfe")).isOk());
        QVERIFY(!Asn1::decodeString(Asn1::OctetString, QByteArrayLiteral("x")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestAsn1)
#include "TestAsn1.moc"
