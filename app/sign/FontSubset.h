#pragma once

#include "Status.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace motcua::sign {

/// A TrueType font cut down to the glyphs a piece of text needs, with what a PDF Type 0 (Identity-H) font needs:
/// the subset program, widths and the glyph→Unicode map. A whole DejaVu font would add ~400 KB per signature.
class FontSubset
{
public:
    /// Subsets the font at `fontPath` (a file or a Qt resource path) to the characters of `text` (NFC; no shaping —
    /// Vietnamese uses precomposed letters, which the font maps directly).
    static Result<FontSubset> create(const QString& fontPath, const QString& text);

    /// The text as a PDF hex string of 2-byte glyph ids in the subset, ready for Tj.
    QByteArray show(const QString& text) const;
    /// Advance width of `text` at `size` points.
    double width(const QString& text, double size) const;

    QByteArray fontProgram; ///< the subset TrueType file (FontFile2)
    QByteArray baseFont;    ///< "ABCDEF+Family": the tag marks it as a subset
    QMap<char32_t, quint16> glyphOf;
    QMap<quint16, int> widths; ///< glyph → width in 1/1000 em
    QMap<quint16, char32_t> unicodeOf;
    int ascent = 800;
    int descent = -200;
    int capHeight = 700;
    int bbox[4] = {0, -250, 1000, 900};
};

} // namespace motcua::sign
