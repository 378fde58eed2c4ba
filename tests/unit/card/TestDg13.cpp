#include "CardTestUtil.h"
#include "CccdSamples.h"
#include "lds/Dg13.h"
#include "tlv/DerWriter.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

namespace {
QByteArray field(int n, const QList<QByteArray>& values)
{
    return DerWriter::sequence(QList<QByteArray>{DerWriter::integer(n)} + values);
}
QByteArray utf8(const QString& s)
{
    return DerWriter::utf8String(s);
}
QByteArray dg13(const QList<QByteArray>& fields)
{
    return DerWriter::tlv(
        0x6D, DerWriter::sequence({DerWriter::integer(1), hex("060628D316010008"), DerWriter::set(fields)}));
}
} // namespace

class TestDg13 : public QObject
{
    Q_OBJECT
private slots:
    void parentsInOneSequence()
    {
        const HolderData expected = cccdHolder();
        auto h = Dg13::parse(Dg13::encode(expected, true));
        QVERIFY2(h.isOk(), qPrintable(h.status().details()));
        QCOMPARE(h->idNumber, expected.idNumber);
        QCOMPARE(h->fullName, expected.fullName);
        QCOMPARE(h->dateOfBirth, QDate(1989, 3, 15));
        QCOMPARE(h->sex, QStringLiteral("M"));
        QCOMPARE(h->nationality, QStringLiteral("Việt Nam"));
        QCOMPARE(h->placeOfResidence, expected.placeOfResidence);
        QCOMPARE(h->issueDate, QDate(2021, 4, 10));
        QVERIFY(h->expiryDate.has_value());
        QCOMPARE(*h->expiryDate, QDate(2029, 3, 15));
        QCOMPARE(h->fatherName, QStringLiteral("Nguyễn Văn Bình"));
        QCOMPARE(h->motherName, QStringLiteral("Trần Thị Cúc"));
        QCOMPARE(h->spouseName, QString());
        QCOMPARE(h->oldIdNumber, QStringLiteral("012345678"));
    }

    void parentsInTwoSequences()
    {
        auto h = Dg13::parse(Dg13::encode(cccdHolder(), false));
        QVERIFY(h.isOk());
        QCOMPARE(h->fatherName, QStringLiteral("Nguyễn Văn Bình"));
        QCOMPARE(h->motherName, QStringLiteral("Trần Thị Cúc"));
    }

    void parentsAsTwoFields()
    {
        auto h = Dg13::parse(dg13({field(1, {utf8(QStringLiteral("001089012345"))}),
                                   field(13, {utf8(QStringLiteral("Cha"))}), field(13, {utf8(QStringLiteral("Mẹ"))})}));
        QVERIFY(h.isOk());
        QCOMPARE(h->fatherName, QStringLiteral("Cha"));
        QCOMPARE(h->motherName, QStringLiteral("Mẹ"));
    }

    void emptySpouseFemaleNoExpiryAnyOrder()
    {
        // Fields out of order, 14 as the bare 30 03 02 01 0E, field 16 unknown, expiry as words.
        auto h = Dg13::parse(
            dg13({hex("3003020110"), hex("300302010E"), field(4, {utf8(QStringLiteral("Nữ"))}),
                  field(12, {utf8(QStringLiteral("Không thời hạn"))}), field(1, {DerWriter::tlv(0x13, "001189012345")}),
                  field(3, {utf8(QStringLiteral("01/02/1989"))})}));
        QVERIFY2(h.isOk(), qPrintable(h.status().details()));
        QCOMPARE(h->spouseName, QString());
        QCOMPARE(h->sex, QStringLiteral("F"));
        QVERIFY(!h->expiryDate.has_value());
        QCOMPARE(h->idNumber, QStringLiteral("001189012345"));
        QCOMPARE(h->dateOfBirth, QDate(1989, 2, 1));
    }

    void decomposedNuIsRecognised()
    {
        const QString decomposed = QStringLiteral("Nữ").normalized(QString::NormalizationForm_D);
        auto h = Dg13::parse(dg13({field(1, {utf8(QStringLiteral("001189012345"))}), field(4, {utf8(decomposed)})}));
        QVERIFY(h.isOk());
        QCOMPARE(h->sex, QStringLiteral("F"));
    }

    void rejectsMalformed()
    {
        QCOMPARE(Dg13::parse(hex("6D00")).status().code(), Status::Code::InputRejected);
        QVERIFY(!Dg13::parse(dg13({field(2, {utf8(QStringLiteral("x"))})})).isOk()); // no ID number
        QVERIFY(!Dg13::parse(dg13({hex("3003040100")})).isOk());                     // field without number
        QVERIFY(!Dg13::parse(dg13({field(1, {hex("0401AA")})})).isOk());             // not a string
        QByteArray truncated = Dg13::encode(cccdHolder());
        truncated.chop(3);
        QVERIFY(!Dg13::parse(truncated).isOk());
    }
};

QTEST_GUILESS_MAIN(TestDg13)
#include "TestDg13.moc"
