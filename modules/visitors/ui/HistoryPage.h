#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::visitors {

class VisitorsDesk;

/// Searching past visits by name (diacritics- and case-insensitive), ID number, date range and host; a double
/// click shows that person's visit history. Subject access export and erasure for those allowed.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(VisitorsDesk& desk, QWidget* parent = nullptr);
    void search();

private:
    void showPerson(qint64 profileId);
    void subjectRequest(bool erase);

    VisitorsDesk& m_desk;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_id = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_host = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::visitors
