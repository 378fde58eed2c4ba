#include "QrMatrix.h"

#include <qrencode.h>

#include <memory>

namespace motcua::certification {

QrMatrix QrMatrix::encode(const QByteArray& text)
{
    QrMatrix m;
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0,
                          QR_ECLEVEL_M),
        QRcode_free);
    if (!code)
        return m;
    m.m_size = code->width;
    m.m_modules.resize(qsizetype(m.m_size) * m.m_size);
    for (int i = 0; i < m.m_size * m.m_size; ++i)
        m.m_modules[i] = code->data[i] & 1;
    return m;
}

QByteArray QrMatrix::pdfPath(double x, double y, double side) const
{
    if (!isValid())
        return {};
    const double unit = side / m_size;
    QByteArray path = "q 0 0 0 rg\n";
    const auto n = [](double v) { return QByteArray::number(v, 'f', 3); };
    for (int row = 0; row < m_size; ++row) {
        // Runs of dark modules become one rectangle each: a third of the bytes of one per module.
        for (int col = 0; col < m_size;) {
            if (!dark(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < m_size && dark(end, row))
                ++end;
            path += n(x + col * unit) + ' ' + n(y + (m_size - row - 1) * unit) + ' ' + n((end - col) * unit) + ' ' +
                    n(unit) + " re\n";
            col = end;
        }
    }
    return path + "f Q\n";
}

} // namespace motcua::certification
