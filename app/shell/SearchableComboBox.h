#pragma once

#include <QComboBox>

namespace motcua::shell {

class FoldingFilterModel;

/// An editable combo box whose popup narrows to the items containing what is typed (accents optional).
/// Only items of the list can be chosen; currentData() is the chosen item's data.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit SearchableComboBox(QWidget* parent = nullptr);

    /// True when the text shown is exactly the current item (not a half-typed search).
    bool hasValidSelection() const;
    /// Selects the item whose data is `value`; false when there is none.
    bool selectData(const QVariant& value);
    /// The hint shown in the empty search field.
    void setSearchHint(const QString& text);

signals:
    void selectionChanged();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onTextEdited(const QString& text);

    FoldingFilterModel* m_filter = nullptr;
};

} // namespace motcua::shell
