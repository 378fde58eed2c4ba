#include "SimplePdf.h"

namespace motcua::certification {

QByteArray SimplePdf::stream(const QByteArray& dictEntries, const QByteArray& data, bool compress)
{
    const QByteArray payload = compress ? qCompress(data, 9).mid(4) : data; // zlib stream without Qt's length
    return "<< " + dictEntries + (compress ? " /Filter /FlateDecode" : "") + " /Length " +
           QByteArray::number(payload.size()) + " >>\nstream\n" + payload + "\nendstream";
}

QByteArray SimplePdf::writePage(double width, double height, const QByteArray& content, const QByteArray& resources,
                                int rotation)
{
    const int catalog = reserve();
    const int pages = reserve();
    const int page = reserve();
    const int contents = add(stream({}, content, true));
    setObject(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    setObject(pages, "<< /Type /Pages /Kids [" + QByteArray::number(page) + " 0 R] /Count 1 >>");
    setObject(page, "<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox [0 0 " +
                        QByteArray::number(width, 'f', 2) + ' ' + QByteArray::number(height, 'f', 2) + "] /Rotate " +
                        QByteArray::number(rotation) + " /Resources " + resources + " /Contents " +
                        QByteArray::number(contents) + " 0 R >>");
    return write(catalog);
}

QByteArray SimplePdf::write(int root) const
{
    QByteArray out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QMap<int, qint64> offsets;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(m_next) + "\n0000000000 65535 f\r\n";
    for (int n = 1; n < m_next; ++n)
        out += offsets.contains(n) ? QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n\r\n"
                                   : QByteArray("0000000000 65535 f\r\n");
    out += "trailer\n<< /Size " + QByteArray::number(m_next) + " /Root " + QByteArray::number(root) +
           " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace motcua::certification
