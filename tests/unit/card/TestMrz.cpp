#include "CardTestUtil.h"
#include "CccdSamples.h"
#include "lds/Dg1.h"
#include "lds/Mrz.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

class TestMrz : public QObject
{
    Q_OBJECT
private slots:
    void checkDigits()
    {
        // ICAO 9303-11 Appendix D.2 and 9303-5 examples.
        QCOMPARE(Mrz::checkDigit(QStringLiteral("L898902C<")), 3);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("690806")), 1);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("940623")), 6);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("D23145890")), 7);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("740812")), 2);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("120415")), 9);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("<<<")), 0);
        QCOMPARE(Mrz::checkDigit(QStringLiteral("a")), -1);
    }

    void icaoTd1Example()
    {
        auto mrz = Mrz::parseTd1(QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                                "7408122F1204159UTO<<<<<<<<<<<6\n"
                                                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));
        QVERIFY2(mrz.isOk(), qPrintable(mrz.status().details()));
        QCOMPARE(mrz->documentCode, QStringLiteral("I"));
        QCOMPARE(mrz->documentNumber, QStringLiteral("D23145890"));
        QCOMPARE(mrz->dateOfBirth, QStringLiteral("740812"));
        QCOMPARE(mrz->sex, QStringLiteral("F"));
        QCOMPARE(mrz->name, QStringLiteral("ERIKSSON ANNA MARIA"));
        QCOMPARE(mrz->birthDate(QDate(2026, 1, 1)), QDate(1974, 8, 12));
        QCOMPARE(mrz->expiryDate(), QDate(2012, 4, 15));
    }

    void everyCheckDigitIsVerified_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("what");
        QTest::newRow("document number") << 14 << QStringLiteral("document number");
        QTest::newRow("birth") << 36 << QStringLiteral("birth");
        QTest::newRow("expiry") << 44 << QStringLiteral("expiry");
        QTest::newRow("composite") << 59 << QStringLiteral("composite");
    }

    void everyCheckDigitIsVerified()
    {
        QFETCH(int, position);
        QFETCH(QString, what);
        QString text = cccdMrz();
        QVERIFY(Mrz::parseTd1(text).isOk());
        text[position] = QChar(u'0' + (text.at(position).digitValue() + 1) % 10);
        auto mrz = Mrz::parseTd1(text);
        QVERIFY(!mrz.isOk());
        QCOMPARE(mrz.status().code(), Status::Code::InputRejected);
        QVERIFY2(mrz.status().details().contains(what) || mrz.status().details().contains(QStringLiteral("check")),
                 qPrintable(mrz.status().details()));
    }

    void rejectsBadShapes()
    {
        QVERIFY(!Mrz::parseTd1(cccdMrz().left(89)).isOk());
        QString lower = cccdMrz();
        lower[70] = QLatin1Char('a');
        QVERIFY(!Mrz::parseTd1(lower).isOk());
    }

    void cccdDg1()
    {
        const QByteArray dg1 = Dg1::encode(cccdMrz());
        QCOMPARE(dg1.left(5), hex("615D5F1F5A"));
        auto mrz = Dg1::parse(dg1);
        QVERIFY2(mrz.isOk(), qPrintable(mrz.status().details()));
        QCOMPARE(mrz->documentCode, QStringLiteral("ID"));
        QCOMPARE(mrz->issuingState, QStringLiteral("VNM"));
        QCOMPARE(mrz->documentNumber, QStringLiteral("089012345"));
        QCOMPARE(mrz->cccdIdNumber(), QStringLiteral("001089012345"));
        QCOMPARE(mrz->nationality, QStringLiteral("VNM"));
        QCOMPARE(mrz->name, QStringLiteral("NGUYEN VAN AN"));
        QCOMPARE(mrz->birthDate(QDate(2026, 1, 1)), QDate(1989, 3, 15));
        QCOMPARE(mrz->expiryDate(), QDate(2029, 3, 15));
        QVERIFY(!Dg1::parse(hex("6103 5F1F00")).isOk());
        QVERIFY(!Dg1::parse(hex("6203 5F1F00")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestMrz)
#include "TestMrz.moc"
