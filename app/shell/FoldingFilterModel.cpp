#include "FoldingFilterModel.h"

namespace motcua::shell {

QString FoldingFilterModel::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ
            c = QLatin1Char('d');
        out.append(c.toLower());
    }
    return out.simplified();
}

void FoldingFilterModel::setSearchText(const QString& text)
{
    m_words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FoldingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent);
    const QString haystack = fold(index.data(filterRole()).toString());
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace motcua::shell
