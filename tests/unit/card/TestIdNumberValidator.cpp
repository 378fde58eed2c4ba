#include "fallback/IdNumberValidator.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

class TestIdNumberValidator : public QObject
{
    Q_OBJECT
private slots:
    void format()
    {
        QVERIFY(IdNumberValidator::validate(QStringLiteral("001089012345")).isOk());
        QVERIFY(IdNumberValidator::validate(QStringLiteral("096305001234")).isOk());
        QCOMPARE(IdNumberValidator::validate(QStringLiteral("00108901234")).code(), Status::Code::InputRejected);
        QCOMPARE(IdNumberValidator::validate(QStringLiteral("0010890123456")).code(), Status::Code::InputRejected);
        QCOMPARE(IdNumberValidator::validate(QStringLiteral("00108901234a")).code(), Status::Code::InputRejected);
        QCOMPARE(IdNumberValidator::validate(QStringLiteral("١٢٣٤٥٦٧٨٩٠١٢")).code(), Status::Code::InputRejected);
        QCOMPARE(IdNumberValidator::validate(QStringLiteral("000089012345")).code(), Status::Code::InputRejected);
        QCOMPARE(IdNumberValidator::validate(QStringLiteral("097089012345")).code(), Status::Code::InputRejected);
    }

    void centuryAndSex_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0 1900s male") << "001089012345" << QDate(1989, 3, 15) << "M" << true;
        QTest::newRow("1 1900s female") << "001189012345" << QDate(1989, 3, 15) << "F" << true;
        QTest::newRow("2 2000s male") << "079205001234" << QDate(2005, 1, 1) << "M" << true;
        QTest::newRow("3 2000s female") << "079305001234" << QDate(2005, 1, 1) << "F" << true;
        QTest::newRow("4 2100s male") << "079401001234" << QDate(2101, 1, 1) << "M" << true;
        QTest::newRow("5 2100s female") << "079501001234" << QDate(2101, 1, 1) << "F" << true;
        QTest::newRow("6 2200s male") << "079601001234" << QDate(2201, 1, 1) << "M" << true;
        QTest::newRow("7 2200s female") << "079701001234" << QDate(2201, 1, 1) << "F" << true;
        QTest::newRow("8 1800s male") << "079899001234" << QDate(1899, 12, 31) << "M" << true;
        QTest::newRow("9 1800s female") << "079999001234" << QDate(1899, 12, 31) << "F" << true;
        QTest::newRow("wrong century") << "001289012345" << QDate(1989, 3, 15) << "M" << false;
        QTest::newRow("wrong sex") << "001089012345" << QDate(1989, 3, 15) << "F" << false;
        QTest::newRow("wrong year") << "001088012345" << QDate(1989, 3, 15) << "M" << false;
        QTest::newRow("no date, sex only") << "001189012345" << QDate() << "F" << true;
        QTest::newRow("nothing but the number") << "001189012345" << QDate() << "" << true;
    }

    void centuryAndSex()
    {
        QFETCH(QString, id);
        QFETCH(QDate, birth);
        QFETCH(QString, sex);
        QFETCH(bool, valid);
        const Status status = IdNumberValidator::validate(id, birth, sex);
        QCOMPARE(status.isOk(), valid);
        if (!valid) {
            QCOMPARE(status.code(), Status::Code::InputRejected);
            QVERIFY(!status.message().isEmpty());
        }
    }

    void helpers()
    {
        QCOMPARE(IdNumberValidator::century(QStringLiteral("079899001234")), 1800);
        QCOMPARE(IdNumberValidator::sex(QStringLiteral("079305001234")), QStringLiteral("F"));
        QCOMPARE(IdNumberValidator::canFromIdNumber(QStringLiteral("001089012345")), QStringLiteral("012345"));
        QVERIFY(IdNumberValidator::canFromIdNumber(QStringLiteral("123")).isEmpty());
        QVERIFY(IdNumberValidator::isKnownProvinceCode(QStringLiteral("079")));
        QVERIFY(!IdNumberValidator::isKnownProvinceCode(QStringLiteral("003")));
    }
};

QTEST_GUILESS_MAIN(TestIdNumberValidator)
#include "TestIdNumberValidator.moc"
