#pragma once

#include <QFutureWatcher>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace motcua::shell {
class InlineMessage;
}

namespace motcua::residence {

class DeskQuery;
class ResidenceDesk;

/// Accommodation notices: the lodgings of the commune, their guest notices for a period, the list of late or
/// missing notices (23:00 / 08:00 rule; 12 hours for foreign guests), and the export (CSV or XLSX) for the
/// Ministry's systems, written on a worker with its own database connection. The three lists are read on a worker
/// too (DeskQuery: "Loading…" while it reads, a stale answer dropped when a newer refresh started).
class AccommodationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccommodationPage(ResidenceDesk& desk, QWidget* parent = nullptr);
    ~AccommodationPage() override;
    /// Starts reading the lists on the worker; they fill when it answers.
    void refresh();
    DeskQuery* query() const { return m_query; }
    /// Starts the export of the period's notices to `path` (.csv or .xlsx); the result shows on the page.
    void exportTo(const QString& path);
    bool exportRunning() const { return m_export.isRunning(); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addLodging();
    void addNotice();
    void chooseExport(bool xlsx);
    qint64 currentLodging() const;

    ResidenceDesk& m_desk;
    QTableWidget* m_lodgings = nullptr;
    QTableWidget* m_notices = nullptr;
    QTableWidget* m_problems = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_problemCount = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
    shell::InlineMessage* m_message = nullptr;
    DeskQuery* m_query = nullptr;
    QFutureWatcher<QString> m_export; // empty string: done; otherwise the error
};

} // namespace motcua::residence
