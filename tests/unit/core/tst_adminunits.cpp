#include "AdminUnits.h"

#include <QTest>

using namespace motcua;

class TestAdminUnits : public QObject
{
    Q_OBJECT

private slots:
    void bundledDataIsComplete()
    {
        const AdminUnits& u = AdminUnits::instance();
        QCOMPARE(u.provinces().size(), 34);
        QCOMPARE(u.communeCount(), 3321);
        QCOMPARE(u.province(QStringLiteral("01"))->name, QStringLiteral("Hà Nội"));
        const Commune* c = u.commune(QStringLiteral("00004"));
        QVERIFY(c);
        QCOMPARE(c->fullName, QStringLiteral("Phường Ba Đình"));
        QCOMPARE(c->provinceCode, QStringLiteral("01"));
        QVERIFY(!u.commune(QStringLiteral("99999")));
    }

    void malformedDataIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("[{");
        QTest::newRow("object") << QByteArray("{}");
        QTest::newRow("bad province code") << QByteArray(R"([{"Code":"1","Name":"A","Wards":[]}])");
        QTest::newRow("bad commune code")
            << QByteArray(R"([{"Code":"01","Name":"A","Wards":[{"Code":"12","Name":"B"}]}])");
        QTest::newRow("duplicate") << QByteArray(R"([{"Code":"01","Name":"A"},{"Code":"01","Name":"B"}])");
    }

    void malformedDataIsRejected()
    {
        QFETCH(QByteArray, json);
        AdminUnits u;
        QVERIFY(!u.load(json));
        QVERIFY(u.provinces().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminUnits)
#include "tst_adminunits.moc"
