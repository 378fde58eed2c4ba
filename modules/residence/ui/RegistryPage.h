#pragma once

#include "Status.h"

#include <QWidget>

class QLineEdit;
class QProgressBar;
class QTabWidget;
class QTableWidget;

namespace motcua::shell {
class InlineMessage;
}

namespace motcua::residence {

class DeskQuery;
class ResidenceDesk;

/// The registry: persons by name (diacritics- and case-insensitive) or ID number, households by number or head,
/// a household's members and membership history, a person's residence records, and the temporary residences that
/// end within 15 days.
class RegistryPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryPage(ResidenceDesk& desk, QWidget* parent = nullptr);
    void search(const QString& text);
    void showHousehold(qint64 householdId);
    void showPerson(qint64 personId);
    void refreshExpiring();
    /// The worker queries: the search, a person's or household's details, the expiring list.
    DeskQuery* searchQuery() const { return m_searchQuery; }
    DeskQuery* detailQuery() const { return m_detailQuery; }
    DeskQuery* expiringQuery() const { return m_expiringQuery; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Found;
    struct Details;
    void showFound(const QString& text, const Result<Found>& found);
    void showDetails(const Result<Details>& details);

    ResidenceDesk& m_desk;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_persons = nullptr;
    QTableWidget* m_households = nullptr;
    QTableWidget* m_members = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_records = nullptr;
    QTableWidget* m_expiring = nullptr;
    QTabWidget* m_tabs = nullptr;
    shell::InlineMessage* m_message = nullptr;
    DeskQuery* m_searchQuery = nullptr;
    DeskQuery* m_detailQuery = nullptr;
    DeskQuery* m_expiringQuery = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace motcua::residence
