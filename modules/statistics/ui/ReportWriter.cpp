#include "ReportWriter.h"

#include "ChartExport.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QWidget>

namespace motcua::statistics {

Status ReportWriter::write(const QString& path, const QString& areaName, const QDate& asOf, const PopulationSummary& s,
                           const QList<QWidget*>& charts)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Population report"));
    QPainter p;
    if (!p.begin(&pdf))
        return Status::failed(tr("The report could not be written to %1.").arg(path));
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const int w = pdf.width();
    QFont title(QStringLiteral("DejaVu Serif"), 16, QFont::Bold);
    QFont body(QStringLiteral("DejaVu Sans"), 9);
    p.setFont(title);
    p.drawText(QRect(0, 0, w, 60), Qt::AlignHCenter | Qt::AlignTop, tr("Population report"));
    p.setFont(body);
    p.drawText(QRect(0, 60, w, 40), Qt::AlignHCenter,
               tr("%1 — as of %2").arg(areaName, asOf.toString(QStringLiteral("dd/MM/yyyy"))));
    const QStringList headline = {
        tr("Residents: %1").arg(vi.toString(s.total)), tr("Households: %1").arg(vi.toString(s.households)),
        tr("Male: %1").arg(vi.toString(s.bySex[0])), tr("Female: %1").arg(vi.toString(s.bySex[1])),
        tr("Chip cards: %1").arg(vi.toString(s.cardHolders))};
    p.drawText(QRect(0, 110, w, 40), Qt::AlignHCenter, headline.join(QStringLiteral("   ·   ")));

    // Charts in a 2-column grid below the headline, each scaled into its cell.
    const int top = 170, cols = 2, gap = 20;
    const int rows = int((charts.size() + cols - 1) / cols);
    const int cellW = (w - gap) / cols;
    const int cellH = rows ? (pdf.height() - top - 60) / rows - gap : 0;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QWidget* c = charts[i];
        const QRect cell((int(i) % cols) * (cellW + gap), top + (int(i) / cols) * (cellH + gap), cellW, cellH);
        const double scale = std::min(cell.width() / double(c->width()), cell.height() / double(c->height()));
        p.save();
        p.translate(cell.topLeft());
        p.scale(scale, scale);
        ChartExport::renderVector(c, &p);
        p.restore();
    }
    p.drawText(QRect(0, pdf.height() - 40, w, 40), Qt::AlignHCenter,
               tr("Groups with fewer than 5 residents are merged or withheld for privacy."));
    if (!p.end())
        return Status::failed(tr("The report could not be written to %1.").arg(path));
    return Status::ok();
}

} // namespace motcua::statistics
