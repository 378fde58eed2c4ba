#include "DashboardPage.h"
#include "Database.h"
#include "IModule.h"
#include "ResidentImporter.h"
#include "StatisticsSchema.h"
#include "SyntheticGenerator.h"
#include "TestWorkstation.h"
#include "Vault.h"

#include <QBuffer>
#include <QChartView>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace motcua;
using namespace motcua::statistics;

/// Renders the population dashboard offscreen on imported data and drills down to a commune.
class TestStatisticsDashboard : public QObject
{
    Q_OBJECT

    static QString vi(qint64 n) { return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(n); }

private slots:
    void drillDownToCommune()
    {
        motcua::test::TestWorkstation tw(false);
        QVERIFY(tw.ws->database().migrate(schemaMigrations()));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(SyntheticGenerator().write(&csv, 30000, 11));
        csv.close();
        csv.open(QIODevice::ReadOnly);
        ImportOptions o;
        o.today = 20260302;
        ImportReport report;
        QVERIFY(ResidentImporter(tw.ws->database(), *tw.ws->vault()).run(&csv, o, &report));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(csv.data());
        file.flush();

        DashboardPage page(tw.ws->context());
        page.resize(1366, 740);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* residents = page.findChild<QLabel*>(QStringLiteral("headlineResidents"));
        QVERIFY(residents);
        QCOMPARE(residents->text(), vi(30000));

        // Drill down: province 79, then its most populous commune, chosen by the independent recount.
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral(MOTCUA_STATS_RECOUNT), file.fileName(), QStringLiteral("2026-03-02"),
                  QStringLiteral("--province"), QStringLiteral("79")});
        QVERIFY(py.waitForFinished(60000));
        const QJsonObject province = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        const QJsonObject wards = province.value(QStringLiteral("byWard")).toObject();
        QString ward;
        for (auto it = wards.begin(); it != wards.end(); ++it)
            if (ward.isEmpty() || it.value().toInteger() > wards.value(ward).toInteger())
                ward = it.key();
        page.selectProvince(QStringLiteral("79"));
        QCOMPARE(residents->text(), vi(province.value(QStringLiteral("total")).toInteger()));
        page.selectCommune(ward);
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("statsCommune"))->currentData().toString(), ward);
        QCOMPARE(residents->text(), vi(wards.value(ward).toInteger()));

        py.start(QStringLiteral("python3"), {QStringLiteral(MOTCUA_STATS_RECOUNT), file.fileName(),
                                             QStringLiteral("2026-03-02"), QStringLiteral("--ward"), ward});
        QVERIFY(py.waitForFinished(60000));
        const QJsonObject commune = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        const QJsonObject sex = commune.value(QStringLiteral("bySex")).toObject();
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("headlineMale"))->text(),
                 vi(sex.value(QStringLiteral("M")).toInteger()));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("headlineFemale"))->text(),
                 vi(sex.value(QStringLiteral("F")).toInteger()));

        // Cross-filter: females only narrows the headline to the female count.
        CrossFilter females;
        females.sex = 1;
        page.setFilter(females);
        QCOMPARE(residents->text(), vi(sex.value(QStringLiteral("F")).toInteger()));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("headlineMale"))->text(), vi(0));
        page.setFilter({});
        page.selectProvince(QString());

        const QByteArray shots = qgetenv("MOTCUA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.selectProvince(QString());
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/statistics-dashboard.png")));
            page.selectCommune(ward);
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/statistics-commune.png")));
        }
    }
};

QTEST_MAIN(TestStatisticsDashboard)
#include "tst_statistics_dashboard.moc"
