#pragma once

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <memory>

namespace motcua::documents {

/// One PDF file being written: QPdfWriter + QPainter with coordinates in millimetres from the top-left of the
/// page's printable area. A4 portrait/landscape for registers, ID-1 card size (85.6 × 54 mm) for badges.
class PdfDocumentWriter
{
public:
    enum class Format
    {
        A4Portrait,
        A4Landscape,
        Card
    };

    PdfDocumentWriter(const QString& fileName, Format format, const QString& title);
    ~PdfDocumentWriter();

    bool isOpen() const { return m_painter && m_painter->isActive(); }
    QPainter& painter() { return *m_painter; }
    /// Printable width and height in millimetres (page minus margins).
    QSizeF contentSizeMm() const { return m_content; }
    void newPage();
    /// Finishes the file; false when it could not be written.
    bool finish();

    /// Text helpers in millimetres; return the height used.
    double drawText(const QRectF& mm, const QString& text, const QFont& font,
                    int flags = Qt::AlignLeft | Qt::TextWordWrap);
    double textWidthMm(const QString& text, const QFont& font) const;
    void drawLine(const QPointF& fromMm, const QPointF& toMm, double widthMm = 0.2);
    void drawImage(const QRectF& mm, const QImage& image);
    QRectF toDevice(const QRectF& mm) const;

private:
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QSizeF m_content;
    double m_scale = 1.0; // device units per mm
};

} // namespace motcua::documents
