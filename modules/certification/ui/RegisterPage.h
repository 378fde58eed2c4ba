#pragma once

#include "IModule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace motcua::certification {

/// The certification register of a year and book: search, cancel an entry (the row stays, with its reason),
/// delivery status, year-end closing with the count, export to PDF (A4 landscape, official heading) and XLSX;
/// the administrator opens further books.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(const ModuleContext& context, QWidget* parent = nullptr);
    void reload();
    /// Writes the shown year and book to `path` (PDF or XLSX) on a worker; exported() tells the outcome.
    void exportTo(const QString& path, bool pdf);

signals:
    void exported(bool ok);

private:
    void cancelSelected();
    void closeYear();
    void reloadBooks();
    void createBook();
    void printReceipt();
    void exportRegister(bool pdf);

    ModuleContext m_context;
    QSpinBox* m_year;
    QComboBox* m_book;
    QPushButton* m_newBook;
    bool m_exporting = false;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLabel* m_status;
};

/// "0792******45": an ID number as lists show it to operators without the full-ID permission.
QString maskIdNumber(const QString& id);

} // namespace motcua::certification
