#include "SearchableComboBox.h"

#include "FoldingFilterModel.h"

#include <QCompleter>
#include <QLineEdit>

namespace motcua::shell {

SearchableComboBox::SearchableComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    m_filter = new FoldingFilterModel(this);
    m_filter->setSourceModel(model());

    auto* completer = new QCompleter(this);
    completer->setModel(m_filter);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer); // QComboBox maps the proxy's rows back to its own on activation

    connect(lineEdit(), &QLineEdit::textEdited, this, &SearchableComboBox::onTextEdited);
    connect(this, &QComboBox::currentIndexChanged, this, &SearchableComboBox::selectionChanged);
    connect(lineEdit(), &QLineEdit::textChanged, this, &SearchableComboBox::selectionChanged);
}

void SearchableComboBox::onTextEdited(const QString& text)
{
    m_filter->setSearchText(text);
    if (!text.isEmpty())
        completer()->complete();
}

bool SearchableComboBox::hasValidSelection() const
{
    return currentIndex() >= 0 && currentText() == itemText(currentIndex());
}

bool SearchableComboBox::selectData(const QVariant& value)
{
    const int row = findData(value);
    if (row < 0)
        return false;
    setCurrentIndex(row);
    setEditText(itemText(row));
    return true;
}

void SearchableComboBox::setSearchHint(const QString& text)
{
    // An editable combo box shows the line edit's placeholder, not its own.
    lineEdit()->setPlaceholderText(text);
}

void SearchableComboBox::focusOutEvent(QFocusEvent* event)
{
    // Leaving the field with a unique match picks it, so typing "ba dinh" + Tab is enough.
    if (!hasValidSelection()) {
        m_filter->setSearchText(currentText());
        if (m_filter->rowCount() == 1) {
            const int row = m_filter->mapToSource(m_filter->index(0, 0)).row();
            setCurrentIndex(row);
            setEditText(itemText(row));
        }
    }
    QComboBox::focusOutEvent(event);
}

} // namespace motcua::shell
