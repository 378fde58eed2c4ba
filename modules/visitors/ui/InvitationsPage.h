#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::visitors {

class VisitorsDesk;

/// Pre-registering guests: 12-digit ID number, name, host and time window; the list of current and coming ones.
class InvitationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit InvitationsPage(VisitorsDesk& desk, QWidget* parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void invite();
    void cancelSelected();

    VisitorsDesk& m_desk;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_host = nullptr;
    QLineEdit* m_purpose = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::visitors
