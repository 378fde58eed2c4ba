#include "PrintPdf.h"

#include "CertificationTr.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>

namespace motcua::certification {

bool printPdf(const QString& path, QWidget* parent)
{
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None || doc.pageCount() == 0)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QSizeF first = doc.pagePointSize(0);
    printer.setPageOrientation(first.width() > first.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(QFileInfo(path).completeBaseName());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print"));
    dialog.setMinMax(1, doc.pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    int from = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    int to = printer.toPage() > 0 ? printer.toPage() - 1 : doc.pageCount() - 1;
    for (int page = from; page <= to; ++page) {
        if (page > from)
            printer.newPage();
        const QRect target = painter.viewport();
        const QImage image = doc.render(page, target.size());
        painter.drawImage(target, image);
    }
    return painter.end();
}

} // namespace motcua::certification
