#pragma once

#include <QByteArray>
#include <QList>

namespace motcua::certification {

/// A QR code's modules (libqrencode, error correction M) and their drawing as PDF rectangles.
class QrMatrix
{
public:
    static QrMatrix encode(const QByteArray& text);
    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; }
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    /// A PDF content fragment that fills the dark modules in a square of `side` points at (x, y).
    QByteArray pdfPath(double x, double y, double side) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace motcua::certification
