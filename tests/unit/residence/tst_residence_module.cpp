// The residence and statistics plugins loaded together in a workstation: the residence module offers
// "residence.population", the statistics module attaches to it, and the residence demo data reaches the counts.
#include "Database.h"
#include "ModuleManager.h"
#include "ServiceRegistry.h"
#include "TestWorkstation.h"
#include "Workstation.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;

class TestResidenceModule : public QObject
{
    Q_OBJECT

private slots:
    void loadsOffersPopulationAndSeedsDemo()
    {
        QTemporaryDir plugins;
        for (const char* name : {"libmotcua_residence.so", "libmotcua_statistics.so"})
            QVERIFY(QFile::copy(QStringLiteral(MOTCUA_TEST_BINARY_DIR "/modules/") + QLatin1String(name),
                                plugins.filePath(QLatin1String(name))));
        motcua::test::TestWorkstation tw(true, {plugins.path()});
        QCOMPARE(tw.ws->modules().modules().size(), 2);
        QObject* population = tw.ws->services().object(QStringLiteral("residence.population"));
        QVERIFY(population);
        QVariantList rows;
        QVERIFY(QMetaObject::invokeMethod(population, "residents", Q_RETURN_ARG(QVariantList, rows), Q_ARG(int, 0),
                                          Q_ARG(int, 1000)));
        QVERIFY(rows.isEmpty());

        QVERIFY(tw.ws->setInfo({QStringLiteral("Quầy 1"), QStringLiteral("Công an phường Ba Đình"),
                                QStringLiteral("01"), QStringLiteral("00004")}));
        const Status seeded = tw.ws->seedDemoData();
        QVERIFY2(seeded, qPrintable(seeded.message()));
        QVERIFY(QMetaObject::invokeMethod(population, "residents", Q_RETURN_ARG(QVariantList, rows), Q_ARG(int, 0),
                                          Q_ARG(int, 1000)));
        QVERIFY(rows.size() >= 10);
        QSqlQuery q = tw.ws->database().query();
        // Demo work: one case due today (on working days), one overdue, lodgings with a missing notice.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM residence_cases WHERE state IN ('received', "
                                      "'resubmitted', 'under_review') AND due_at < '2026-03-02 09:00:00'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM residence_guest_notices WHERE notified_at IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Every resident the registry published was counted by the statistics module (which seeds its own
        // synthetic population too).
        QStringList ids;
        for (const QVariant& row : rows)
            ids << QString::number(row.toMap().value(QStringLiteral("id_number")).toString().toLongLong());
        QVERIFY(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM stats_person WHERE id IN (%1)").arg(ids.join(QLatin1Char(',')))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestResidenceModule)
#include "tst_residence_module.moc"
