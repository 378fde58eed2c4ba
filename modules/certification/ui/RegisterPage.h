#pragma once

#include "IModule.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace motcua::certification {

/// The certification register of a year: search, cancel an entry (the row stays, with its reason), year-end
/// closing with the count.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(const ModuleContext& context, QWidget* parent = nullptr);
    void reload();

private:
    void cancelSelected();
    void closeYear();

    ModuleContext m_context;
    QSpinBox* m_year;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLabel* m_status;
};

/// "0792******45": an ID number as lists show it to operators without the full-ID permission.
QString maskIdNumber(const QString& id);

} // namespace motcua::certification
