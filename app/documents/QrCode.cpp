#include "QrCode.h"

#include <QPainter>

#include <qrencode.h>

namespace motcua::documents {

QrCode QrCode::encode(const QByteArray& data)
{
    QrCode out;
    QRcode* code =
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, QR_ECLEVEL_M);
    if (!code)
        return out;
    out.m_size = code->width;
    out.m_modules.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules[i] = code->data[i] & 1; // bit 0: dark module
    QRcode_free(code);
    return out;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    if (!isValid())
        return;
    const double side = qMin(target.width(), target.height());
    const double unit = side / (m_size + 8);
    const QPointF origin(target.center().x() - side / 2 + 4 * unit, target.center().y() - side / 2 + 4 * unit);
    painter.save();
    painter.fillRect(QRectF(target.center().x() - side / 2, target.center().y() - side / 2, side, side), Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (module(x, y))
                // A hair of overlap avoids white seams between modules in PDF viewers.
                painter.drawRect(QRectF(origin.x() + x * unit, origin.y() + y * unit, unit * 1.02, unit * 1.02));
    painter.restore();
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    const int side = (m_size + 8) * pixelsPerModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(0, 0, side, side));
    return image;
}

} // namespace motcua::documents
