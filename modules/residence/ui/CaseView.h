#pragma once

#include "ResidenceTypes.h"

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
class ResidenceDesk;

/// One case: its summary, the history of its transitions, one button per legal next state (the workflow table
/// decides), and its forms (preview, print, save).
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(ResidenceDesk& desk, QWidget* parent = nullptr);

    /// Loads the case; false (with the reason shown) when it cannot be read.
    bool showCase(qint64 caseId);
    void clear();
    qint64 caseId() const { return m_caseId; }
    std::optional<CaseRecord> record() const { return m_record; }
    CaseDocumentsPanel* documents() const { return m_documents; }

signals:
    void caseChanged(qint64 caseId);

private:
    void reload();
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
};

} // namespace motcua::residence
