#include "ChartExport.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace motcua::statistics {

void ChartExport::renderVector(QWidget* chart, QPainter* painter)
{
    QList<QGraphicsItem*> clipping;
    if (auto* view = qobject_cast<QGraphicsView*>(chart); view && view->scene())
        for (QGraphicsItem* item : view->scene()->items())
            if (item->flags() & QGraphicsItem::ItemClipsChildrenToShape) {
                clipping.append(item);
                item->setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
            }
    chart->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    for (QGraphicsItem* item : clipping)
        item->setFlag(QGraphicsItem::ItemClipsChildrenToShape, true);
}

Status ChartExport::save(QWidget* chart, const QString& path)
{
    const QString lower = path.toLower();
    bool ok = false;
    if (lower.endsWith(QLatin1String(".svg"))) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(chart->size());
        svg.setViewBox(chart->rect());
        svg.setTitle(chart->windowTitle());
        QPainter p;
        ok = p.begin(&svg);
        if (ok) {
            renderVector(chart, &p);
            ok = p.end();
        }
    } else if (lower.endsWith(QLatin1String(".pdf"))) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        QPainter p;
        ok = p.begin(&pdf);
        if (ok) {
            // Vector output: the widget renders straight into the PDF, scaled to the page width.
            const double scale = std::min(pdf.width() / double(chart->width()), pdf.height() / double(chart->height()));
            p.scale(scale, scale);
            renderVector(chart, &p);
            ok = p.end();
        }
    } else {
        const QPixmap pixmap = chart->grab();
        ok = pixmap.save(path, "PNG");
    }
    if (!ok)
        return Status::failed(tr("The chart could not be saved to %1. Check the folder and try again.").arg(path));
    return Status::ok();
}

} // namespace motcua::statistics
