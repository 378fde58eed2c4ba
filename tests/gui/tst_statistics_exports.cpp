// What the dashboard's exports contain, read back independently: the XLSX cells (unzip + XML), the chart's
// PNG pixels, the SVG's text, the PDF text (poppler's pdftotext), against the counts of the same database.
#include "ChartExport.h"
#include "DashboardCharts.h"
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
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace motcua;
using namespace motcua::statistics;

namespace {
QString vi(qint64 n)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(n);
}

QByteArray run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

/// Every character of text inside elements named `element` (SVG <text>, XLSX <t>), one string per element.
QStringList elementTexts(const QByteArray& xml, const QString& element)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
    return out;
}

/// A worksheet's rows as (column A text, column B value) read from the sheet XML and the shared strings.
QList<QPair<QString, QString>> sheetRows(const QString& xlsx, int sheet)
{
    const QStringList shared =
        elementTexts(run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}),
                     QStringLiteral("si"));
    const QByteArray xml = run(QStringLiteral("unzip"),
                               {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)});
    QList<QPair<QString, QString>> rows;
    QXmlStreamReader r(xml);
    QString ref, type;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            type = r.attributes().value(QLatin1String("t")).toString();
        } else if (r.name() == QLatin1String("v")) {
            const QString v = r.readElementText();
            const QString value = type == QLatin1String("s") ? shared.value(v.toInt()) : v;
            if (ref.startsWith(u'A'))
                rows.append({value, QString()});
            else if (ref.startsWith(u'B') && !rows.isEmpty())
                rows.last().second = value;
        }
    }
    return rows;
}
} // namespace

class TestStatisticsExports : public QObject
{
    Q_OBJECT

    statistics::test::StatsFixture m_fx;
    QTemporaryDir m_out;
    std::unique_ptr<DashboardPage> m_page;
    PopulationSummary m_summary;

    QChartView* chart(const char* name) { return m_page->findChild<QChartView*>(QLatin1String(name)); }

    /// The religion rows the chart shows: publishable groups, largest first, the tail merged into "Others".
    QStringList shownReligions() const
    {
        QStringList names;
        for (const auto& [name, n] : suppressSmall(m_summary.byReligion, kDefaultPrivacyThreshold, QString()))
            if (!name.isEmpty())
                names << name;
        return names.mid(0, 8);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY(m_fx.import(statistics::test::StatsFixture::generate(30000, 11)));
        const auto summary = SummaryQuery(m_fx.tw.ws->database()).run(AreaFilter{}, 20260302);
        QVERIFY(summary && summary->total == 30000);
        m_summary = *summary;

        m_page = std::make_unique<DashboardPage>(m_fx.tw.ws->context());
        m_page->resize(1366, 740);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRefreshing(), 20000);
        QCOMPARE(m_page->shown().total, 30000);
        QTest::qWait(100); // charts lay out on the next event loop turns
    }

    void xlsxHoldsTheCounts()
    {
        const QString path = m_out.filePath(QStringLiteral("tables.xlsx"));
        QVERIFY(XlsxExport::save(m_page->shown(), QStringLiteral("Việt Nam"), path));
        const auto overview = sheetRows(path, 1);
        QCOMPARE(overview.size(), 6); // header + five indicators
        QVERIFY(overview[1].first.contains(QStringLiteral("Việt Nam")));
        QCOMPARE(overview[1].second, QString::number(30000));
        QCOMPARE(overview[2].second, QString::number(m_summary.households));
        QCOMPARE(overview[3].second, QString::number(m_summary.bySex[0]));
        QCOMPARE(overview[4].second, QString::number(m_summary.bySex[1]));
        QCOMPARE(overview[5].second, QString::number(m_summary.cardHolders));

        // Ethnicity: every publishable group with its exact count; no group under the threshold by name.
        const auto ethnic = sheetRows(path, 3);
        QVERIFY(ethnic.size() > 3);
        qint64 sum = 0;
        for (qsizetype i = 1; i < ethnic.size(); ++i) {
            const auto& [name, value] = ethnic[i];
            if (m_summary.byEthnicity.contains(name)) {
                QCOMPARE(value, QString::number(m_summary.byEthnicity.value(name)));
                QVERIFY(m_summary.byEthnicity.value(name) >= kDefaultPrivacyThreshold);
            }
            sum += value.toLongLong(); // a withheld "others" reads as 0
        }
        for (auto it = m_summary.byEthnicity.cbegin(); it != m_summary.byEthnicity.cend(); ++it)
            if (it.value() < kDefaultPrivacyThreshold)
                QVERIFY2(std::none_of(ethnic.begin(), ethnic.end(), [&](const auto& r) { return r.first == it.key(); }),
                         qPrintable(it.key()));
        QVERIFY(sum <= 30000 && sum > 30000 - 5 * m_summary.byEthnicity.size());

        // Chip cards by year add up to the card holders.
        const auto cards = sheetRows(path, 6);
        qint64 issued = 0;
        for (qsizetype i = 1; i < cards.size(); ++i)
            issued += cards[i].second.toLongLong();
        QCOMPARE(issued, m_summary.cardHolders);
    }

    void chartPngShowsTheBars()
    {
        QChartView* religion = chart("chartReligion");
        QVERIFY(religion);
        const QString path = m_out.filePath(QStringLiteral("religion.png"));
        QVERIFY(ChartExport::save(religion, path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), religion->size() * religion->devicePixelRatio());
        int purple = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                purple += image.pixelColor(x, y) == QColor(0x8e, 0x24, 0xaa);
        // The largest religion's bar alone spans most of the plot width.
        QVERIFY2(purple > image.width() * 5, qPrintable(QString::number(purple)));
    }

    void chartSvgHasEveryNameInFull()
    {
        QChartView* religion = chart("chartReligion");
        const QString path = m_out.filePath(QStringLiteral("religion.svg"));
        QVERIFY(ChartExport::save(religion, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QCOMPARE(elementTexts(svg, QStringLiteral("title")).value(0), religion->windowTitle());
        const QString text = elementTexts(svg, QStringLiteral("text")).join(u'\n');
        const QStringList names = shownReligions();
        QVERIFY(names.size() >= 5);
        // The long names that QtCharts' category axis used to cut ("Tịnh độ cư sĩ Phật hội Việt Nam") are there.
        QVERIFY(std::any_of(names.begin(), names.end(), [](const QString& n) { return n.size() >= 25; }));
        for (const QString& name : names) {
            QVERIFY2(text.contains(name), qPrintable(name)); // not elided
            QVERIFY2(text.contains(vi(m_summary.byReligion.value(name))), qPrintable(name));
        }
    }

    void pdfsHaveTheText()
    {
        QChartView* ethnicity = chart("chartEthnicity");
        const QString chartPdf = m_out.filePath(QStringLiteral("ethnicity.pdf"));
        QVERIFY(ChartExport::save(ethnicity, chartPdf));
        const QString chartText = QString::fromUtf8(run(QStringLiteral("pdftotext"), {chartPdf, QStringLiteral("-")}));
        QVERIFY2(chartText.contains(ethnicity->windowTitle()), qPrintable(chartText));
        QVERIFY2(chartText.contains(QStringLiteral("Kinh")), qPrintable(chartText));
        QVERIFY(chartText.contains(vi(m_summary.byEthnicity.value(QStringLiteral("Kinh")))));

        // Both legend entries of each pie, with their colour squares' neighbours, survive the scaled PDF.
        const QString sexPdf = m_out.filePath(QStringLiteral("sex.pdf"));
        QVERIFY(ChartExport::save(chart("chartSex"), sexPdf));
        const QString sexText = QString::fromUtf8(run(QStringLiteral("pdftotext"), {sexPdf, QStringLiteral("-")}));
        QVERIFY2(sexText.contains(DashboardCharts::tr("Male") + QStringLiteral(": ") + vi(m_summary.bySex[0])),
                 qPrintable(sexText));
        QVERIFY2(sexText.contains(DashboardCharts::tr("Female") + QStringLiteral(": ") + vi(m_summary.bySex[1])),
                 qPrintable(sexText));

        // ... and they are drawn, not clipped away (pdftotext reads clipped text too): the female colour square
        // shows in the legend band at the bottom of the page, below the pie.
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), sexPdf, m_out.filePath(QStringLiteral("sex"))});
        const QImage page(m_out.filePath(QStringLiteral("sex.png")));
        QVERIFY(!page.isNull());
        int femaleSquare = 0;
        for (int y = page.height() * 85 / 100; y < page.height() * 97 / 100; ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                femaleSquare +=
                    std::abs(c.red() - 0xd8) < 24 && std::abs(c.green() - 0x1b) < 24 && std::abs(c.blue() - 0x60) < 24;
            }
        QVERIFY2(femaleSquare > 4, qPrintable(QString::number(femaleSquare)));

        QList<QWidget*> charts;
        for (QChartView* v : m_page->findChildren<QChartView*>())
            charts << v;
        const QString report = m_out.filePath(QStringLiteral("report.pdf"));
        QVERIFY(ReportWriter::write(report, QStringLiteral("Việt Nam"), QDate(2026, 3, 2), m_page->shown(), charts));
        QCOMPARE(run(QStringLiteral("pdfinfo"), {report}).contains("Pages:           1"), true);
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {report, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("Việt Nam — ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("02/03/2026")));
        QVERIFY(text.contains(ReportWriter::tr("Residents: %1").arg(vi(30000))));
        QVERIFY(text.contains(ReportWriter::tr("Male: %1").arg(vi(m_summary.bySex[0]))));
        QVERIFY(text.contains(ReportWriter::tr("Chip cards: %1").arg(vi(m_summary.cardHolders))));
        for (QChartView* v : m_page->findChildren<QChartView*>())
            QVERIFY2(text.contains(v->windowTitle()), qPrintable(v->windowTitle())); // all six charts drawn
        QVERIFY(text.contains(DashboardCharts::tr("Temporary") + QStringLiteral(": ") +
                              vi(m_summary.byResidenceType[1]))); // the pie legends' second entries
    }
};

QTEST_MAIN(TestStatisticsExports)
#include "tst_statistics_exports.moc"
