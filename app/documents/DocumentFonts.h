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
};

} // namespace motcua::documents
