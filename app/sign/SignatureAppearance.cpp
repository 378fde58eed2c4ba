#include "SignatureAppearance.h"

#include "FontSubset.h"

#include <algorithm>

namespace motcua::sign {

namespace {

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

QByteArray toUnicodeCMap(const FontSubset& font)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const auto keys = font.unicodeOf.keys();
    for (qsizetype i = 0; i < keys.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, keys.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k) {
            const char32_t cp = font.unicodeOf.value(keys[k]);
            const QString s = QString::fromUcs4(&cp, 1);
            QByteArray utf16;
            for (QChar c : s)
                utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            cmap += '<' + QByteArray::number(keys[k], 16).rightJustified(4, '0') + "> <" + utf16 + ">\n";
        }
        cmap += "endbfchar\n";
    }
    return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

/// The five objects of a Type 0 font with Identity-H encoding; returns the Type 0 font's number.
int addFont(IncrementalUpdate& update, const FontSubset& font)
{
    const int type0 = update.reserve();
    const int cidFont = update.reserve();
    const int descriptor = update.reserve();
    const int file = update.reserve();
    const int toUnicode = update.reserve();
    QByteArray widths = "[";
    for (auto it = font.widths.cbegin(); it != font.widths.cend(); ++it)
        widths += QByteArray::number(it.key()) + " [" + QByteArray::number(it.value()) + "] ";
    widths += ']';
    const QByteArray ref = " 0 R";
    update.setObject(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + font.baseFont +
                                " /Encoding /Identity-H /DescendantFonts [" + QByteArray::number(cidFont) + ref +
                                "] /ToUnicode " + QByteArray::number(toUnicode) + ref + " >>");
    update.setObject(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + font.baseFont +
                                  " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                                  " /FontDescriptor " +
                                  QByteArray::number(descriptor) + ref + " /CIDToGIDMap /Identity /DW 500 /W " +
                                  widths + " >>");
    update.setObject(descriptor, "<< /Type /FontDescriptor /FontName /" + font.baseFont + " /Flags 6 /FontBBox [" +
                                     QByteArray::number(font.bbox[0]) + ' ' + QByteArray::number(font.bbox[1]) + ' ' +
                                     QByteArray::number(font.bbox[2]) + ' ' + QByteArray::number(font.bbox[3]) +
                                     "] /ItalicAngle 0 /Ascent " + QByteArray::number(font.ascent) + " /Descent " +
                                     QByteArray::number(font.descent) + " /CapHeight " +
                                     QByteArray::number(font.capHeight) + " /StemV 80 /FontFile2 " +
                                     QByteArray::number(file) + ref + " >>");
    update.setObject(file, IncrementalUpdate::streamBody("/Length1 " + QByteArray::number(font.fontProgram.size()),
                                                         font.fontProgram, true));
    update.setObject(toUnicode, IncrementalUpdate::streamBody({}, toUnicodeCMap(font), true));
    return type0;
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
    const int fontObj = addFont(update, *font);
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
