// Importing residents through the dashboard's window, as an analyst would: pick a generated file, watch the
// progress, read the counts afterwards; cancel a big import mid-way; feed files with a wrong header and with
// an unknown ward code. Real SQLite file, real importer, Vietnamese catalogue.
#include "CurrentOperator.h"
#include "DashboardPage.h"
#include "Database.h"
#include "IModule.h"
#include "ImportDialog.h"
#include "Permissions.h"
#include "ServiceRegistry.h"
#include "StatisticsSchema.h"
#include "StatsCommands.h"
#include "SummaryQuery.h"
#include "SyntheticGenerator.h"
#include "TestWorkstation.h"
#include "Translator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace motcua;
using namespace motcua::statistics;

namespace {
QString vi(qint64 n)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(n);
}

QString trImport(const char* source, int n = -1)
{
    return QCoreApplication::translate("motcua::statistics::ImportDialog", source, nullptr, n);
}

/// Measures the longest gap between ticks of a 10 ms timer on the GUI thread: how long the window froze.
class FreezeMeter : public QObject
{
public:
    FreezeMeter()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_since.restart());
            ++m_ticks;
        });
        m_since.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    int m_ticks = 0;
};
} // namespace

class TestStatisticsImport : public QObject
{
    Q_OBJECT

    motcua::test::TestWorkstation m_tw{false};
    shell::CurrentOperator m_operator;
    QTemporaryDir m_dir;
    std::unique_ptr<DashboardPage> m_page;
    QLabel* m_residents = nullptr;

    QString generate(const QString& name, qint64 rows, std::uint64_t seed)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || !SyntheticGenerator().write(&f, rows, seed))
            qFatal("cannot generate %s", qPrintable(name));
        return f.fileName();
    }

    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRefreshing(), 20000); }

    qint64 storedTotal()
    {
        const auto s = SummaryQuery(m_tw.ws->database()).run(AreaFilter{}, 20260302);
        return s ? s->total : -1;
    }

    /// Clicks "Import residents…", picks `csv` in the file dialog and returns the import window.
    ImportDialog* importThroughWindow(const QString& csv)
    {
        bool picked = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QFileDialog* dialog = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<QFileDialog*>(w); d && d->isVisible())
                    dialog = d;
            if (dialog) {
                poll.stop();
                // Typed into the name field, as an operator may: selectFile() misses a file the dialog's
                // cached folder listing has not seen yet.
                if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                    name->setText(csv);
                static_cast<QDialog*>(dialog)->accept(); // as if Open was pressed
                picked = true;
            }
        });
        poll.start();
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("statsImport"));
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!picked)
            return nullptr;
        return m_page->findChild<ImportDialog*>(QStringLiteral("statisticsImportDialog"));
    }

    /// Closes the import window with its button, as the operator does once the outcome is read.
    void closeWindow(ImportDialog* dialog)
    {
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("statsImportButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ImportDialog*>(QStringLiteral("statisticsImportDialog")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Translator::install(QStringLiteral("vi")));
        QVERIFY(m_tw.ws->database().migrate(schemaMigrations()));
        Roles::grant(kPermImport, {QStringLiteral("analyst")});
        m_operator.signIn(
            Session(9, QStringLiteral("pt"), QStringLiteral("Phạm Văn Phân Tích"), QStringLiteral("analyst")));
        m_tw.ws->services().add(shell::CurrentOperator::kServiceName, &m_operator);
        m_page = std::make_unique<DashboardPage>(m_tw.ws->context());
        m_page->resize(1366, 740);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_residents = m_page->findChild<QLabel*>(QStringLiteral("headlineResidents"));
        QVERIFY(m_residents);
        settle();
        QCOMPARE(m_residents->text(), vi(0));
    }

    void cleanup()
    {
        // A failed check may leave a window open: close it (its destructor stops and joins the worker).
        delete m_page->findChild<ImportDialog*>(QStringLiteral("statisticsImportDialog"));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_tw.ws->services().remove(shell::CurrentOperator::kServiceName);
    }

    void importShowsProgressAndCounts()
    {
        const QString csv = generate(QStringLiteral("dan-cu.csv"), 30000, 11);
        ImportDialog* dialog = importThroughWindow(csv);
        QVERIFY(dialog);
        FreezeMeter meter;
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isRunning());
        auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("statsImportProgress"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statsImportStatus"));
        QVERIFY(progress && status);
        QList<int> seen;
        connect(progress, &QProgressBar::valueChanged, this, [&seen](int v) { seen << v; });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);

        // The bar moved through the file before it was full, and the window was never frozen.
        QVERIFY2(std::any_of(seen.begin(), seen.end(), [](int v) { return v > 0 && v < 1000; }),
                 qPrintable(QStringLiteral("progress values: %1").arg(seen.size())));
        QCOMPARE(progress->value(), 1000);
        QVERIFY(meter.ticks() > 0);
        qInfo("longest pause of the window during the import: %lld ms", meter.longestMs());
        QVERIFY2(meter.longestMs() < 1000, qPrintable(QString::number(meter.longestMs())));
        QCOMPARE(status->text(), trImport("Done: %1 residents imported.").arg(vi(30000)));
        QVERIFY(status->text().startsWith(QStringLiteral("Xong")));

        // The dashboard re-reads: its headline shows what was imported and what the database holds.
        QTRY_COMPARE_WITH_TIMEOUT(m_residents->text(), vi(30000), 20000);
        settle();
        QCOMPARE(storedTotal(), 30000);
        const auto summary = SummaryQuery(m_tw.ws->database()).run(AreaFilter{}, 20260302);
        QVERIFY(summary);
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("headlineMale"))->text(), vi(summary->bySex[0]));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("headlineFemale"))->text(), vi(summary->bySex[1]));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("headlineHouseholds"))->text(), vi(summary->households));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("headlineCards"))->text(), vi(summary->cardHolders));
        QCOMPARE(summary->bySex[0] + summary->bySex[1], 30000);
        closeWindow(dialog);
    }

    void cancelledImportStoresNothing()
    {
        const QString csv = generate(QStringLiteral("lon.csv"), 300000, 23);
        FreezeMeter meter; // from the click on: an import on the GUI thread would freeze it for seconds
        ImportDialog* dialog = importThroughWindow(csv);
        QVERIFY(dialog);
        auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("statsImportProgress"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statsImportStatus"));
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("statsImportButton"));
        QVERIFY(progress && status && button);
        // Cancel once the first rows are in: the click is handled while the worker runs.
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0 || !dialog->isRunning(), 60000);
        QVERIFY2(dialog->isRunning(), "the import ended before it could be cancelled: use a bigger file");
        QCOMPARE(button->text(), trImport("&Cancel"));
        QTest::keyClick(dialog, Qt::Key_Return); // Enter does not cancel a running import by accident
        QVERIFY(dialog->isRunning() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QCOMPARE(status->text(), trImport("Cancelling… nothing from this file will be stored."));
        QElapsedTimer stopping;
        stopping.start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(stopping.elapsed() < 15000, qPrintable(QString::number(stopping.elapsed())));
        qInfo("longest pause of the window during the import: %lld ms", meter.longestMs());
        QVERIFY2(meter.longestMs() < 1000, qPrintable(QString::number(meter.longestMs())));

        const QString cancelled = trImport("The import was cancelled; nothing was stored.");
        QVERIFY(cancelled != QLatin1String("The import was cancelled; nothing was stored.")); // translated
        QCOMPARE(status->text(), cancelled);
        QCOMPARE(button->text(), trImport("&Close"));
        QCOMPARE(progress->value(), 0); // nothing stored: no half-full bar
        settle();
        QCOMPARE(m_residents->text(), vi(30000));
        QCOMPARE(storedTotal(), 30000);
        closeWindow(dialog);
    }

    void badFilesStoreNothing()
    {
        // A wrong header: rejected whole, the message names line 1.
        QFile header(m_dir.filePath(QStringLiteral("sai-tieu-de.csv")));
        QVERIFY(header.open(QIODevice::WriteOnly));
        header.write("so_dinh_danh,ho_ten,ngay_sinh\n012345678901,Nguyễn Văn A,1990-01-01\n");
        header.close();
        ImportDialog* dialog = importThroughWindow(header.fileName());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statsImportStatus"));
        const QString lineOne =
            QCoreApplication::translate("motcua::statistics::ResidentImporter", "Line 1: the header is wrong: %1")
                .arg(QString());
        QVERIFY(lineOne.startsWith(QStringLiteral("Dòng 1")));
        QVERIFY2(status->text().startsWith(lineOne), qPrintable(status->text()));
        closeWindow(dialog);
        settle();
        QCOMPARE(m_residents->text(), vi(30000));

        // A row with an unknown ward code on line 3 among good rows: nothing stored, line 3 named.
        const QString source = generate(QStringLiteral("nguon.csv"), 6, 41);
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        const int wardColumn = int(lines[0].trimmed().split(',').indexOf(QByteArrayLiteral("ward_code")));
        QVERIFY(wardColumn >= 0);
        QList<QByteArray> fields = lines[2].split(',');
        QVERIFY(fields.size() > wardColumn);
        fields[wardColumn] = "99999";
        lines[2] = fields.join(',');
        QFile bad(m_dir.filePath(QStringLiteral("xa-la.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(lines.join('\n'));
        bad.close();
        dialog = importThroughWindow(bad.fileName());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        status = dialog->findChild<QLabel*>(QStringLiteral("statsImportStatus"));
        const QStringList shown = status->text().split(u'\n');
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown[0],
                 trImport("%n row(s) were rejected, so nothing was stored. Correct the file and import it again.", 1));
        QVERIFY2(!shown[0].contains(QStringLiteral("--partial")), qPrintable(shown[0]));
        const QString lineThree = trImport("Line %1: %2").arg(3).arg(QString());
        QVERIFY(lineThree.startsWith(QStringLiteral("Dòng 3")));
        QVERIFY2(shown[1].startsWith(lineThree) && shown[1].contains(QStringLiteral("99999")), qPrintable(shown[1]));
        closeWindow(dialog);
        settle();
        QCOMPARE(m_residents->text(), vi(30000));
        QCOMPARE(storedTotal(), 30000);
    }
};

QTEST_MAIN(TestStatisticsImport)
#include "tst_statistics_import_window.moc"
