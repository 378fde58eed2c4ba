#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace motcua::shell {
class InlineMessage;
}

namespace motcua::residence {

class CaseTable;
class ResidenceDesk;

/// The officers' work queue: cases due today, overdue ones standing out (icon, word and colour), all open cases,
/// filtered by procedure and by officer. Enter or a double click opens the case.
class WorkQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkQueuePage(ResidenceDesk& desk, QWidget* parent = nullptr);
    void refresh();
    CaseTable* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openCase(qint64 caseId);

    ResidenceDesk& m_desk;
    QLabel* m_counts = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_procedure = nullptr;
    QComboBox* m_officer = nullptr;
    CaseTable* m_table = nullptr;
    QLabel* m_rows = nullptr;
    shell::InlineMessage* m_message = nullptr;
};

} // namespace motcua::residence
