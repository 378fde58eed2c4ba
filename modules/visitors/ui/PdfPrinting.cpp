#include "PdfPrinting.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace motcua::visitors {

namespace {
constexpr int kMinDpi = 200;
constexpr int kMaxDpi = 300;

/// The page size of the PDF's first page, so the preview and the printer show the document's own format.
void adoptPageLayout(QPdfDocument& doc, QPrinter& printer)
{
    const QSizeF points = doc.pagePointSize(0);
    if (points.isEmpty())
        return;
    const bool landscape = points.width() > points.height();
    const QSizeF portrait = landscape ? points.transposed() : points;
    printer.setPageLayout(QPageLayout(QPageSize(portrait, QPageSize::Point, QString(), QPageSize::FuzzyMatch),
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF()));
    printer.setFullPage(true);
}
} // namespace

bool PdfPrinting::printPdf(const QString& pdfFile, QPrinter& printer)
{
    QPdfDocument doc;
    if (doc.load(pdfFile) != QPdfDocument::Error::None || doc.pageCount() < 1)
        return false;
    adoptPageLayout(doc, printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // At least kMinDpi: the preview printer has screen resolution, and the preview zooms in.
    const int dpi = qBound(kMinDpi, printer.resolution(), kMaxDpi);
    // The range the operator chose in the print dialog (1-based, 0 = all).
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last = printer.toPage() > 0 ? qMin(printer.toPage(), doc.pageCount()) - 1 : doc.pageCount() - 1;
    for (int page = first; page <= last; ++page) {
        if (page > first && !printer.newPage())
            return false;
        const QSizeF points = doc.pagePointSize(page);
        const QImage image = doc.render(page, (points * dpi / 72.0).toSize());
        if (image.isNull())
            return false;
        // The whole paper, keeping the aspect ratio (a driver's page may differ slightly from the PDF's).
        const QRectF target = painter.viewport();
        QSizeF fitted = QSizeF(image.size()).scaled(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(target.topLeft(), fitted), image);
    }
    return painter.end();
}

QPrintPreviewDialog* PdfPrinting::openPreview(const QString& pdfFile, const QString& title, QWidget* parent)
{
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [pdfFile](QPrinter* printer) { (void)printPdf(pdfFile, *printer); });
    dialog->resize(900, 700);
    dialog->open();
    return dialog;
}

} // namespace motcua::visitors
