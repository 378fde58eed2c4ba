#include "FoldingFilterModel.h"

#include "TextFolding.h"

namespace motcua::shell {

QString FoldingFilterModel::fold(const QString& text)
{
    return TextFolding::fold(text);
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
