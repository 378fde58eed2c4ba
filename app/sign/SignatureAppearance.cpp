#include "SignatureAppearance.h"

#include "FontSubset.h"
#include "PdfFontObjects.h"

#include <algorithm>

namespace motcua::sign {

namespace {

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

} // namespace

double SignatureAppearance::fittingSize(const FontSubset& font, const QStringList& lines, double width, double height)
{
    double size = 11;
    const double usableW = width - 8;
    const double usableH = height - 6;
    for (const QString& l : lines) {
        const double w = font.width(l, 1.0);
        if (w > 0)
            size = std::min(size, usableW / w);
    }
    if (!lines.isEmpty())
        size = std::min(size, usableH / (lines.size() * 1.25));
    return std::max(size, 4.0);
}

Result<int> SignatureAppearance::add(IncrementalUpdate& update, double width, double height, const QStringList& lines,
                                     const QString& fontPath)
{
    Result<FontSubset> font = FontSubset::create(fontPath, lines.join(QString()));
    if (!font)
        return font.status();
    const int fontObj = writeType0Font(
        *font, [&update] { return update.reserve(); },
        [&update](int n, QByteArray body) { update.setObject(n, std::move(body)); });
    const double size = fittingSize(*font, lines, width, height);
    const double leading = size * 1.25;
    // A thin dark-blue frame and text: readable in print and in greyscale, like a stamp box on a paper form.
    QByteArray content = "q 0.1 0.2 0.5 RG 0.8 w 0.4 0.4 " + num(width - 0.8) + ' ' + num(height - 0.8) +
                         " re S Q\nq 1 0 0 1 0 0 cm BT 0.1 0.2 0.5 rg /F1 " + num(size) + " Tf " + num(leading) +
                         " TL 4 " + num(height - 3 - size) + " Td\n";
    for (qsizetype i = 0; i < lines.size(); ++i)
        content += (i ? "T* " : "") + font->show(lines[i]) + " Tj\n";
    content += "ET Q\n";
    const int xobj = update.reserve();
    update.setObject(xobj, IncrementalUpdate::streamBody("/Type /XObject /Subtype /Form /BBox [0 0 " + num(width) +
                                                             ' ' + num(height) + "] /Resources << /Font << /F1 " +
                                                             QByteArray::number(fontObj) + " 0 R >> >>",
                                                         content, true));
    return xobj;
}

} // namespace motcua::sign
