#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::visitors {

class VisitorsDesk;

/// The duty logbook by day and shift: every event of the desk and the operators' remarks, printable as an A4
/// PDF with the national heading and exportable as XLSX (both written on a worker thread).
class LogbookPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogbookPage(VisitorsDesk& desk, QWidget* parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addRemark();
    /// Writes the PDF or XLSX on a worker; `preview`: then opens the print preview of the PDF.
    void exportTo(bool pdf, bool preview = false);

    VisitorsDesk& m_desk;
    QDateEdit* m_day = nullptr;
    QComboBox* m_shift = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_remark = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::visitors
