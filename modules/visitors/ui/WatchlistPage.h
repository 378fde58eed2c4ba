#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::visitors {

class VisitorsDesk;

/// Administration of the watchlist (ID number, or name + date of birth; reason; level) and of the hosts
/// directory visitors are checked in to.
class WatchlistPage : public QWidget
{
    Q_OBJECT
public:
    explicit WatchlistPage(VisitorsDesk& desk, QWidget* parent = nullptr);
    void refresh();

private:
    void addEntry();
    void removeEntry();
    void addHost();

    VisitorsDesk& m_desk;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_birth = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_level = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_hostName = nullptr;
    QLineEdit* m_hostDept = nullptr;
    QTableWidget* m_hosts = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::visitors
