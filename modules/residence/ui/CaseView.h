#pragma once

#include "ResidenceTypes.h"
#include "Status.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace motcua::shell {
class InlineMessage;
}

namespace motcua::residence {

class CaseDocumentsPanel;
class DeskQuery;
class ResidenceDesk;

/// One case: its summary, the history of its transitions, one button per legal next state (the workflow table
/// decides), and its forms (preview, print, save). The case and its history are read on a worker with its own
/// connection (DeskQuery): the view shows "Loading…" meanwhile and drops the answer for a case no longer asked for.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(ResidenceDesk& desk, QWidget* parent = nullptr);

    /// Starts loading the case on the worker; the view fills when it answers (record() set, or the reason shown).
    void showCase(qint64 caseId);
    void clear();
    qint64 caseId() const { return m_caseId; }
    std::optional<CaseRecord> record() const { return m_record; }
    CaseDocumentsPanel* documents() const { return m_documents; }
    /// The worker query behind showCase() (busy while it reads).
    DeskQuery* query() const { return m_query; }

signals:
    void caseChanged(qint64 caseId);

private:
    struct Loaded
    {
        CaseRecord record;
        QList<CaseEvent> events;
    };
    void reload();
    void fill(const Result<Loaded>& loaded);
    void act(CaseState to);
    void rebuildActions();

    ResidenceDesk& m_desk;
    qint64 m_caseId = 0;
    std::optional<CaseRecord> m_record;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QTableWidget* m_history = nullptr;
    shell::InlineMessage* m_message = nullptr;
    CaseDocumentsPanel* m_documents = nullptr;
    DeskQuery* m_query = nullptr;
};

} // namespace motcua::residence
