#pragma once

#include "Workstation.h"

#include <QWizard>

#include <memory>

namespace motcua::shell {

class SetupSummaryPage;

/// First start: asks for the workstation, its office and place, and the first administrator, then
/// creates the database through the core (open with create, first admin, workstation info).
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    /// `existing` is an already opened database without an administrator (an empty file), or null.
    SetupWizard(const WorkstationOptions& options, std::unique_ptr<Workstation> existing, QWidget* parent = nullptr);
    ~SetupWizard() override;

    bool validateCurrentPage() override;
    /// The database created by the wizard, once it was accepted.
    std::unique_ptr<Workstation> takeWorkstation() { return std::move(m_workstation); }
    QString adminUsername() const;

private:
    Status createWorkstation();

    WorkstationOptions m_options;
    std::unique_ptr<Workstation> m_workstation;
    SetupSummaryPage* m_summary = nullptr;
};

} // namespace motcua::shell
