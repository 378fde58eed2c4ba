#include "PdfFontObjects.h"

#include "FontSubset.h"
#include "IncrementalUpdate.h"

#include <algorithm>

namespace motcua::sign {

namespace {

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

} // namespace

int writeType0Font(const FontSubset& font, const std::function<int()>& reserve,
                   const std::function<void(int, QByteArray)>& setObject)
{
    const int type0 = reserve();
    const int cidFont = reserve();
    const int descriptor = reserve();
    const int file = reserve();
    const int toUnicode = reserve();
    QByteArray widths = "[";
    for (auto it = font.widths.cbegin(); it != font.widths.cend(); ++it)
        widths += QByteArray::number(it.key()) + " [" + QByteArray::number(it.value()) + "] ";
    widths += ']';
    const QByteArray ref = " 0 R";
    setObject(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + font.baseFont +
                         " /Encoding /Identity-H /DescendantFonts [" + QByteArray::number(cidFont) + ref +
                         "] /ToUnicode " + QByteArray::number(toUnicode) + ref + " >>");
    setObject(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + font.baseFont +
                           " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                           " /FontDescriptor " +
                           QByteArray::number(descriptor) + ref + " /CIDToGIDMap /Identity /DW 500 /W " + widths +
                           " >>");
    setObject(descriptor, "<< /Type /FontDescriptor /FontName /" + font.baseFont + " /Flags 6 /FontBBox [" +
                              QByteArray::number(font.bbox[0]) + ' ' + QByteArray::number(font.bbox[1]) + ' ' +
                              QByteArray::number(font.bbox[2]) + ' ' + QByteArray::number(font.bbox[3]) +
                              "] /ItalicAngle 0 /Ascent " + QByteArray::number(font.ascent) + " /Descent " +
                              QByteArray::number(font.descent) + " /CapHeight " + QByteArray::number(font.capHeight) +
                              " /StemV 80 /FontFile2 " + QByteArray::number(file) + ref + " >>");
    setObject(file, IncrementalUpdate::streamBody("/Length1 " + QByteArray::number(font.fontProgram.size()),
                                                  font.fontProgram, true));
    setObject(toUnicode, IncrementalUpdate::streamBody({}, toUnicodeCMap(font), true));
    return type0;
}

} // namespace motcua::sign
