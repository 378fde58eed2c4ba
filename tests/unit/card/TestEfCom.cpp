#include "CardTestUtil.h"
#include "lds/EfCom.h"
#include "lds/LdsFiles.h"

#include <QTest>

using namespace motcua;
using namespace motcua::card;

class TestEfCom : public QObject
{
    Q_OBJECT
private slots:
    void appendixD4()
    {
        // The plain EF.COM of ICAO 9303-11 Appendix D.4 (read in two secure-messaging READ BINARYs).
        auto com = EfCom::parse(hex("60145F0104303130365F36063034303030305C026175"));
        QVERIFY2(com.isOk(), qPrintable(com.status().details()));
        QCOMPARE(com->ldsVersion, QStringLiteral("0106"));
        QCOMPARE(com->unicodeVersion, QStringLiteral("040000"));
        QCOMPARE(com->dataGroups, (QList<int>{1, 2}));
    }

    void cccdTagList()
    {
        auto com = EfCom::parse(hex("601A5F0104303130375F36063034303030305C08617563766D6E6F6F"));
        QVERIFY(com.isOk());
        QCOMPARE(com->dataGroups, (QList<int>{1, 2, 3, 4, 13, 14, 15}));
    }

    void rejectsMalformed()
    {
        QVERIFY(!EfCom::parse(hex("6114 5F01")).isOk());
        QVERIFY(!EfCom::parse(hex("6004 5F010100")).isOk()); // no tag list
        QVERIFY(!EfCom::parse(hex("6080")).isOk());
    }

    void fileIdentifiers()
    {
        QCOMPARE(LdsFiles::dataGroupFid(13), quint16(0x010D));
        QCOMPARE(LdsFiles::dataGroupTag(13), quint8(0x6D));
        QCOMPARE(LdsFiles::dataGroupFromTag(0x75), 2);
        QCOMPARE(LdsFiles::dataGroupFromTag(0x77), 0);
        QCOMPARE(LdsFiles::dataGroupFid(17), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestEfCom)
#include "TestEfCom.moc"
