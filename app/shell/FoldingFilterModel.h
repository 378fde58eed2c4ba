#pragma once

#include <QSortFilterProxyModel>

namespace motcua::shell {

/// Filters rows whose text contains the typed words, ignoring case, tone marks and đ/d,
/// so "ha noi" finds "Hà Nội" and "dong" finds "Đông".
class FoldingFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);
    /// Lower case, without diacritics, đ → d, single spaces.
    static QString fold(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace motcua::shell
