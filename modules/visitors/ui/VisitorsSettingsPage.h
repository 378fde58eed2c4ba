#pragma once

#include "ISettingsPage.h"

#include <QCoreApplication>

namespace motcua {
class Database;
}

namespace motcua::visitors {

/// Settings of the visitors module: the automatic sign-out time and the retention periods.
class VisitorsSettingsPage : public shell::ISettingsPage
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::VisitorsSettingsPage)

public:
    explicit VisitorsSettingsPage(Database* db) : m_db(db) {}
    QString name() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    void load(QWidget* widget) override;
    void save(QWidget* widget) override;

private:
    Database* m_db = nullptr;
};

} // namespace motcua::visitors
