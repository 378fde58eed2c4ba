#include "ChartExport.h"
#include "DashboardPage.h"
#include "Database.h"
#include "IModule.h"
#include "ReportWriter.h"
#include "StatisticsSchema.h"
#include "StatsFixture.h"
#include "SummaryQuery.h"
#include "Vault.h"
#include "XlsxExport.h"

#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
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
        statistics::test::StatsFixture fx;
        const QByteArray csv = statistics::test::StatsFixture::generate(30000, 11);
        QVERIFY(fx.import(csv));
        auto& tw = fx.tw;
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(csv);
        file.flush();

        DashboardPage page(tw.ws->context());
        page.resize(1366, 740);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* residents = page.findChild<QLabel*>(QStringLiteral("headlineResidents"));
        QVERIFY(residents);
        // The counts are read on a worker thread: wait for each refresh to land.
        auto settle = [&page] { QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 10000); };
        settle();
        QCOMPARE(residents->text(), vi(30000));

        // While a refresh runs the page says so; a result overtaken by a newer selection is dropped.
        auto* refreshing = page.findChild<QLabel*>(QStringLiteral("statsRefreshing"));
        QVERIFY(refreshing);
        QVERIFY(!refreshing->isVisible());
        page.selectProvince(QStringLiteral("79"));
        page.selectProvince(QStringLiteral("01"));
        QVERIFY(page.isRefreshing());
        QVERIFY(refreshing->isVisible());
        int landed = 0;
        connect(&page, &DashboardPage::refreshed, this, [&landed] { ++landed; });
        settle();
        QVERIFY(!refreshing->isVisible());
        QCOMPARE(landed, 1); // only the newest of the two requests reached the screen
        const auto hanoi = SummaryQuery(tw.ws->database()).run(AreaFilter{1, 0}, 20260302);
        QVERIFY(hanoi && hanoi->total > 0);
        QCOMPARE(residents->text(), vi(hanoi->total));

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
        settle();
        QCOMPARE(residents->text(), vi(province.value(QStringLiteral("total")).toInteger()));
        page.selectCommune(ward);
        settle();
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
        settle();

        // Exports: every chart format, the XLSX tables and the one-page report produce files.
        QTemporaryDir out;
        auto* chart = page.findChild<QChartView*>(QStringLiteral("chartEthnicity"));
        QVERIFY(chart);
        for (const char* ext : {"png", "svg", "pdf"}) {
            const QString path = out.filePath(QStringLiteral("chart.") + QLatin1String(ext));
            QVERIFY(ChartExport::save(chart, path));
            QVERIFY(QFileInfo(path).size() > 500);
        }
        QVERIFY(XlsxExport::save(page.shown(), QStringLiteral("Việt Nam"), out.filePath(QStringLiteral("t.xlsx"))));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("t.xlsx"))).size() > 1000);
        QList<QWidget*> charts;
        for (QChartView* v : page.findChildren<QChartView*>())
            charts << v;
        QVERIFY(ReportWriter::write(out.filePath(QStringLiteral("r.pdf")), QStringLiteral("Việt Nam"),
                                    QDate(2026, 3, 2), page.shown(), charts));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("r.pdf"))).size() > 1000);
        // Privacy: groups under the threshold never appear by name in exported tables.
        const auto rows =
            suppressSmall({{QStringLiteral("A"), 100}, {QStringLiteral("B"), 3}, {QStringLiteral("C"), 1}}, 5,
                          QStringLiteral("Others"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].second, -1); // the merged "others" (4) is still under 5: withheld

        const QByteArray shots = qgetenv("MOTCUA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.selectProvince(QString());
            settle();
            QTest::qWait(200); // charts lay out on the next event loop turns
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/statistics-dashboard.png")));
            page.selectCommune(ward);
            settle();
            QTest::qWait(200);
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/statistics-commune.png")));
        }
    }

    void clickingAGroupNameFilters()
    {
        statistics::test::StatsFixture fx;
        QVERIFY(fx.import(statistics::test::StatsFixture::generate(30000, 11)));
        auto& tw = fx.tw;
        DashboardPage page(tw.ws->context());
        page.resize(1366, 740);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 10000);
        QTest::qWait(100); // the charts lay out

        // The religion chart writes each name with its count on the plot; the small groups' bars are a few
        // pixels long, so the name is what an analyst clicks.
        const QString name = QStringLiteral("Cao Đài");
        const qint64 count = page.shown().byReligion.value(name);
        QVERIFY(count >= 5 && count < 1000);
        auto* view = page.findChild<QChartView*>(QStringLiteral("chartReligion"));
        QVERIFY(view);
        QGraphicsSimpleTextItem* label = nullptr;
        for (QGraphicsItem* item : view->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->text().startsWith(name))
                label = text;
        QVERIFY(label);
        QCOMPARE(label->text(), name + QStringLiteral("  ") + vi(count));
        QCOMPARE(label->toolTip(), name + QStringLiteral(": ") + vi(count));
        QVERIFY(view->viewport()->rect().contains(view->mapFromScene(label->sceneBoundingRect()).boundingRect()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->mapFromScene(label->sceneBoundingRect().center()));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("headlineResidents"))->text(), vi(count));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("statsFilter"))->text().contains(name));
    }
};

QTEST_MAIN(TestStatisticsDashboard)
#include "tst_statistics_dashboard.moc"
