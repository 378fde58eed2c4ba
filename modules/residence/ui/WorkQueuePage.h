#pragma once

#include "Session.h"
#include "Status.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;

namespace motcua::shell {
class InlineMessage;
}

namespace motcua::residence {

class CaseTable;
class DeskQuery;
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
    /// The worker query behind refresh() (busy while the lists load).
    DeskQuery* query() const { return m_query; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct QueueData;
    void showQueue(const Session& session, const Result<QueueData>& data);
    void openCase(qint64 caseId);

    ResidenceDesk& m_desk;
    QLabel* m_counts = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_procedure = nullptr;
    QComboBox* m_officer = nullptr;
    CaseTable* m_table = nullptr;
    QLabel* m_rows = nullptr;
    shell::InlineMessage* m_message = nullptr;
    DeskQuery* m_query = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace motcua::residence
