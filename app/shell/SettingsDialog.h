#pragma once

#include "ISettingsPage.h"

#include <QDialog>

#include <memory>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace motcua::shell {

/// Settings: a list of pages (the shell's General page first, then the modules') and OK/Cancel.
/// Pages load when the dialog opens and save only on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(std::vector<std::unique_ptr<ISettingsPage>> pages, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::vector<std::unique_ptr<ISettingsPage>> m_pages;
    std::vector<QWidget*> m_widgets;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace motcua::shell
