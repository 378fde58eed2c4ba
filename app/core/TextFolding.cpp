#include "TextFolding.h"

namespace motcua {

QString TextFolding::fold(const QString& text)
{
    // NFD splits "ễ" into "e" + marks; đ/Đ have no decomposition, so they are mapped by hand.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastSpace)
                out.append(QLatin1Char(' '));
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace motcua
