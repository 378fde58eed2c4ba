#pragma once

#include <QFont>
#include <QString>

namespace motcua::documents {

/// The serif face of printed documents (Liberation Serif, shipped as a resource so every machine prints alike;
/// Qt embeds the used subset in each PDF).
class DocumentFonts
{
public:
    /// The family name, loading the fonts on first use; falls back to a system serif when loading fails.
    static QString serifFamily();
    static QFont serif(double pointSize, bool bold = false);
    /// The Liberation Serif TrueType file as a Qt resource path (readable with QFile), for writers that embed a
    /// subset themselves (the certification page, visible signature boxes) instead of painting through Qt.
    static QString serifFontFile(bool bold = false);
};

} // namespace motcua::documents
