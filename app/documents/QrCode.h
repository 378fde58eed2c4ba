#pragma once

#include <QImage>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace motcua::documents {

/// A QR code (libqrencode, 8-bit mode, error correction M) that paints itself as sharp squares at any size,
/// so it scans from a PDF as well as from the screen.
class QrCode
{
public:
    static QrCode encode(const QByteArray& data);
    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    /// Paints into `target` (kept square, centred) with a 4-module quiet zone.
    void paint(QPainter& painter, const QRectF& target) const;
    QImage toImage(int pixelsPerModule = 4) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace motcua::documents
