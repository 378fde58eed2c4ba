#pragma once

#include "CitizenIdentity.h"
#include "Status.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace motcua {
class AuditLog;
class Session;
class Settings;
} // namespace motcua

namespace motcua::card {
class CardService;
}

namespace motcua::shell {

class IdentityPanel;

/// The shell's "Read card" action: reads the chip ID card off the GUI thread with the access number (CAN),
/// shows progress per file with Cancel, then the identity with its verification badge. Stores nothing;
/// the read is audited without personal data.
class ReadCardDialog : public QDialog
{
    Q_OBJECT

public:
    ReadCardDialog(const Session& session, AuditLog& audit, const Settings& settings, QWidget* parent = nullptr);
    ~ReadCardDialog() override;

private:
    void startRead();
    void onProgress(const QString& file, qint64 done, qint64 total);
    void onFinished(const card::CitizenIdentity& identity);
    void onFailed(const Status& status);
    void setBusy(bool busy);
    void reject() override;

    const Session& m_session;
    AuditLog& m_audit;
    card::CardService* m_service = nullptr;
    QLineEdit* m_can = nullptr;
    QPushButton* m_read = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    IdentityPanel* m_panel = nullptr;
};

} // namespace motcua::shell
