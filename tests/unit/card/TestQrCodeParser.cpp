#include "fallback/QrCodeParser.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

class TestQrCodeParser : public QObject
{
    Q_OBJECT
private slots:
    void goodCode()
    {
        auto identity = QrCodeParser::parse(QStringLiteral(
            "001089012345|012345678|Nguyễn Văn An|15031989|Nam|Số 1 Phố Huế, Hai Bà Trưng, Hà Nội|10042021\r\n"));
        QVERIFY2(identity.isOk(), qPrintable(identity.status().message()));
        QVERIFY(identity->source == CitizenIdentity::Source::QrCode);
        QVERIFY(!identity->chipVerified());
        QCOMPARE(identity->holder.idNumber, QStringLiteral("001089012345"));
        QCOMPARE(identity->holder.oldIdNumber, QStringLiteral("012345678"));
        QCOMPARE(identity->holder.fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(identity->holder.dateOfBirth, QDate(1989, 3, 15));
        QCOMPARE(identity->holder.sex, QStringLiteral("M"));
        QCOMPARE(identity->holder.placeOfResidence, QStringLiteral("Số 1 Phố Huế, Hai Bà Trưng, Hà Nội"));
        QCOMPARE(identity->holder.issueDate, QDate(2021, 4, 10));
    }

    void emptyOldIdFemaleAndExtraFields()
    {
        auto identity = QrCodeParser::parse(
            QStringLiteral("079305001234||Trần Thị Bích|01022005|Nữ|Quận 1, TP Hồ Chí Minh|05062022|extra|x"));
        QVERIFY2(identity.isOk(), qPrintable(identity.status().message()));
        QCOMPARE(identity->holder.sex, QStringLiteral("F"));
        QVERIFY(identity->holder.oldIdNumber.isEmpty());
    }

    void badCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("too few fields") << QStringLiteral("001089012345|012345678|Nguyễn Văn An|15031989|Nam|Hà Nội");
        QTest::newRow("short id") << QStringLiteral("00108901234|012345678|A|15031989|Nam|Hà Nội|10042021");
        QTest::newRow("letters in id") << QStringLiteral("00108901234X||A|15031989|Nam|Hà Nội|10042021");
        QTest::newRow("old id length") << QStringLiteral("001089012345|0123|A|15031989|Nam|Hà Nội|10042021");
        QTest::newRow("no name") << QStringLiteral("001089012345||  |15031989|Nam|Hà Nội|10042021");
        QTest::newRow("bad birth date") << QStringLiteral("001089012345||A|31021989|Nam|Hà Nội|10042021");
        QTest::newRow("iso birth date") << QStringLiteral("001089012345||A|1989-03-15|Nam|Hà Nội|10042021");
        QTest::newRow("bad sex") << QStringLiteral("001089012345||A|15031989|Male|Hà Nội|10042021");
        QTest::newRow("no address") << QStringLiteral("001089012345||A|15031989|Nam||10042021");
        QTest::newRow("issue before birth") << QStringLiteral("001089012345||A|15031989|Nam|Hà Nội|10041980");
        QTest::newRow("century digit vs sex") << QStringLiteral("001189012345||A|15031989|Nam|Hà Nội|10042021");
        QTest::newRow("year digits vs birth") << QStringLiteral("001090012345||A|15031989|Nam|Hà Nội|10042021");
        QTest::newRow("unknown province") << QStringLiteral("003089012345||A|15031989|Nam|Hà Nội|10042021");
    }

    void badCodes()
    {
        QFETCH(QString, text);
        auto identity = QrCodeParser::parse(text);
        QVERIFY(!identity.isOk());
        QCOMPARE(identity.status().code(), Status::Code::InputRejected);
        QVERIFY(!identity.status().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQrCodeParser)
#include "TestQrCodeParser.moc"
