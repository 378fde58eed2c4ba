#include "PdfDocumentWriter.h"

#include <QFontMetricsF>

namespace motcua::documents {

PdfDocumentWriter::PdfDocumentWriter(const QString& fileName, Format format, const QString& title)
    : m_writer(std::make_unique<QPdfWriter>(fileName))
{
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Một Cửa Workstation"));
    m_writer->setResolution(600);
    QMarginsF margins(20, 15, 15, 15); // official forms: wider left margin for binding
    if (format == Format::Card) {
        m_writer->setPageSize(QPageSize(QSizeF(85.6, 54.0), QPageSize::Millimeter, QStringLiteral("ID-1")));
        m_writer->setPageOrientation(QPageLayout::Landscape);
        margins = QMarginsF(3, 3, 3, 3);
        m_writer->setPageLayout(
            QPageLayout(QPageSize(QSizeF(85.6, 54.0), QPageSize::Millimeter, QStringLiteral("ID-1")),
                        QPageLayout::Portrait, margins, QPageLayout::Millimeter));
    } else {
        m_writer->setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), format == Format::A4Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            margins, QPageLayout::Millimeter));
    }
    m_content = m_writer->pageLayout().paintRect(QPageLayout::Millimeter).size();
    m_scale = m_writer->resolution() / 25.4;
    m_painter = std::make_unique<QPainter>();
    if (m_painter->begin(m_writer.get()))
        m_painter->setRenderHint(QPainter::Antialiasing);
}

PdfDocumentWriter::~PdfDocumentWriter()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

void PdfDocumentWriter::newPage()
{
    m_writer->newPage();
}

bool PdfDocumentWriter::finish()
{
    return m_painter->isActive() && m_painter->end();
}

QRectF PdfDocumentWriter::toDevice(const QRectF& mm) const
{
    return QRectF(mm.x() * m_scale, mm.y() * m_scale, mm.width() * m_scale, mm.height() * m_scale);
}

double PdfDocumentWriter::drawText(const QRectF& mm, const QString& text, const QFont& font, int flags)
{
    m_painter->setFont(font);
    m_painter->setPen(Qt::black);
    QRectF used;
    m_painter->drawText(toDevice(mm), flags, text, &used);
    return used.height() / m_scale;
}

double PdfDocumentWriter::textWidthMm(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, m_writer.get()).horizontalAdvance(text) / m_scale;
}

void PdfDocumentWriter::drawLine(const QPointF& fromMm, const QPointF& toMm, double widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(widthMm * m_scale);
    m_painter->setPen(pen);
    m_painter->drawLine(fromMm * m_scale, toMm * m_scale);
}

void PdfDocumentWriter::drawImage(const QRectF& mm, const QImage& image)
{
    if (image.isNull())
        return;
    // Keep the aspect ratio inside the box, centred.
    const QSizeF fitted = QSizeF(image.size()).scaled(mm.size(), Qt::KeepAspectRatio);
    const QRectF box(mm.x() + (mm.width() - fitted.width()) / 2, mm.y() + (mm.height() - fitted.height()) / 2,
                     fitted.width(), fitted.height());
    m_painter->drawImage(toDevice(box), image);
}

} // namespace motcua::documents
