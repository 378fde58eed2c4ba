#pragma once

#include "ResidenceTypes.h"
#include "Status.h"

#include <QWidget>

class QLineEdit;

namespace motcua::shell {
class InlineMessage;
}

namespace motcua::residence {

class CaseTable;
class CaseView;
class DeskQuery;
class ResidenceDesk;

/// Finds a case by its number (or the declarant's ID number, or a number prefix ending in '*') and shows it:
/// history, the legal next steps, and its forms.
class CasePage : public QWidget
{
    Q_OBJECT

public:
    explicit CasePage(ResidenceDesk& desk, QWidget* parent = nullptr);
    void find(const QString& text);
    CaseView* view() const { return m_view; }
    /// The worker query behind find() (busy while it runs).
    DeskQuery* query() const { return m_query; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFound(const QString& text, const Result<QList<CaseSummary>>& found);

    ResidenceDesk& m_desk;
    QLineEdit* m_search = nullptr;
    CaseTable* m_results = nullptr;
    CaseView* m_view = nullptr;
    shell::InlineMessage* m_message = nullptr;
    DeskQuery* m_query = nullptr;
};

} // namespace motcua::residence
