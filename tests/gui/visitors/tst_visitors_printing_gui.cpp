// Printing at the front desk: the badge, evacuation list and duty logbook PDFs go to the printer through one drawing
// path (the PDF rendered by Qt PDF); the pages open a print preview after writing the PDF.
#include "CheckInPage.h"
#include "CheckInService.h"
#include "InsideNowPage.h"
#include "LogbookPage.h"
#include "PdfPrinting.h"
#include "VisitorDocuments.h"
#include "VisitorsGuiFixture.h"

#include <QDir>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace motcua;
using namespace motcua::visitors;
using namespace motcua::visitors::test;

class TestVisitorsPrintingGui : public QObject
{
    Q_OBJECT

    static CheckInRequest visitor(const QString& id, const QString& name)
    {
        CheckInRequest r;
        r.identity = {id, name, QDate(1989, 3, 15), QStringLiteral("M"), QString(), QByteArray(), QDate()};
        r.purpose = QStringLiteral("Họp");
        r.consentGiven = true;
        return r;
    }

    /// Dark pixels in a horizontal band of the page (fractions of its height): something was drawn there.
    static int darkPixels(const QImage& page, double fromY, double toY)
    {
        int dark = 0;
        for (int y = int(page.height() * fromY); y < int(page.height() * toY); ++y)
            for (int x = 0; x < page.width(); ++x)
                if (qGray(page.pixel(x, y)) < 128)
                    ++dark;
        return dark;
    }

    static QPrintPreviewDialog* waitForPreview()
    {
        QPrintPreviewDialog* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (auto* d = qobject_cast<QPrintPreviewDialog*>(w); d && d->isVisible())
                        found = d;
                return found != nullptr;
            },
            15000);
        return found;
    }

private slots:
    void badgeGoesToThePrinterAsDrawnInThePdf()
    {
        VisitorsGuiFixture f;
        auto visit = CheckInService(f.store()).checkIn(
            VisitorsGuiFixture::frontDesk(), visitor(QStringLiteral("001089012345"), QStringLiteral("Nguyễn Văn An")));
        QVERIFY(visit);
        BadgeData badge;
        badge.visit = *CheckInService(f.store()).visit(visit->visitId);
        badge.agency = QStringLiteral("Công ty TNHH Một Cửa");
        const QString pdf = f.tw.dir.filePath(QStringLiteral("badge.pdf"));
        QVERIFY(VisitorDocuments::writeBadge(pdf, badge));

        // The "printer" writes what it receives to a PDF file, which is read back.
        const QString printed = f.tw.dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(PdfPrinting::printPdf(pdf, printer));
        QPdfDocument source;
        QPdfDocument out;
        QCOMPARE(source.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(out.load(printed), QPdfDocument::Error::None);
        QCOMPARE(out.pageCount(), source.pageCount());
        // Card size (85.6 × 54 mm, landscape), not A4.
        const QSizeF size = out.pagePointSize(0);
        QVERIFY2(qAbs(size.width() - source.pagePointSize(0).width()) < 2 &&
                     qAbs(size.height() - source.pagePointSize(0).height()) < 2,
                 qPrintable(QStringLiteral("%1 x %2 pt").arg(size.width()).arg(size.height())));
        // The blue band at the top of the badge made it to paper; the printout matches the PDF's rendering.
        const QImage a = source.render(0, QSize(428, 270));
        const QImage b = out.render(0, QSize(428, 270));
        if (!qEnvironmentVariableIsEmpty("MOTCUA_SCREENSHOT_DIR")) {
            a.save(qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR") + QStringLiteral("/visitors-badge-pdf.png"));
            b.save(qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR") + QStringLiteral("/visitors-badge-printed.png"));
        }
        const QColor band = b.pixelColor(b.width() / 2, b.height() * 15 / 100); // inside the band, clear of text
        QVERIFY2(band.blue() > 100 && band.red() < 60, qPrintable(QStringLiteral("band colour %1").arg(band.name())));
        QVERIFY(darkPixels(b, 0.3, 0.9) > 500); // name, host, QR code
        int differing = 0;
        for (int y = 0; y < a.height(); y += 3)
            for (int x = 0; x < a.width(); x += 3)
                if (qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 96)
                    ++differing;
        QVERIFY2(differing < a.width() * a.height() / 9 / 50, qPrintable(QString::number(differing)));
        QVERIFY(!PdfPrinting::printPdf(f.tw.dir.filePath(QStringLiteral("missing.pdf")), printer));
    }

    void musterListAndLogbookOpenThePrintPreview()
    {
        VisitorsGuiFixture f;
        CheckInService service(f.store());
        for (int i = 1; i <= 60; ++i)
            QVERIFY(service.checkIn(VisitorsGuiFixture::frontDesk(),
                                    visitor(QStringLiteral("0791900%1").arg(i, 5, 10, QLatin1Char('0')),
                                            QStringLiteral("Khách số %1").arg(i))));
        InsideNowPage inside(*f.desk);
        inside.resize(1366, 700);
        inside.show();
        QTest::mouseClick(VisitorsGuiFixture::child<QPushButton>(&inside, "musterButton"), Qt::LeftButton);
        QPrintPreviewDialog* preview = waitForPreview();
        QVERIFY(preview);
        // 60 people: more than one A4 page, and the preview's printer has the PDF's A4 portrait layout.
        QCOMPARE(preview->printer()->pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(preview->printer()->pageLayout().orientation(), QPageLayout::Portrait);
        const QStringList files = QDir(f.desk->outputFolder()).entryList({QStringLiteral("evacuation-*.pdf")});
        QCOMPARE(files.size(), 1);
        QPdfDocument muster;
        QCOMPARE(muster.load(f.desk->outputFolder() + QLatin1Char('/') + files.first()), QPdfDocument::Error::None);
        QVERIFY(muster.pageCount() >= 2);
        QTest::qWait(200);
        VisitorsGuiFixture::grab(preview, QStringLiteral("visitors-muster-preview"));
        preview->close();
        QTRY_VERIFY(!waitForPreviewNow());

        LogbookPage logbook(*f.desk);
        logbook.resize(1366, 700);
        logbook.show();
        QTest::mouseClick(VisitorsGuiFixture::child<QPushButton>(&logbook, "logbookPrintButton"), Qt::LeftButton);
        preview = waitForPreview();
        QVERIFY(preview);
        QVERIFY(VisitorsGuiFixture::child<QLabel>(&logbook, "logbookMessage")->text().contains(QStringLiteral(".pdf")));
        preview->close();
    }

private:
    static bool waitForPreviewNow()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QPrintPreviewDialog*>(w) && w->isVisible())
                return true;
        return false;
    }
};

QTEST_MAIN(TestVisitorsPrintingGui)
#include "tst_visitors_printing_gui.moc"
