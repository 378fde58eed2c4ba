#pragma once

#include <QDialog>

namespace motcua {
class Database;
}

namespace motcua::shell {

/// Help → About: what the application is, its version, the libraries it runs on and their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(Database& db, QWidget* parent = nullptr);
};

} // namespace motcua::shell
