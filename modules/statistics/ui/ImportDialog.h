#pragma once

#include "ResidentImporter.h"

#include <QProgressDialog>

#include <atomic>

namespace motcua {
class Vault;
}

namespace motcua::statistics {

/// Imports a resident file on a worker thread (its own database connection) behind a progress dialog
/// with Cancel; the window stays responsive and a cancelled import stores nothing.
class ImportDialog : public QProgressDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString& databasePath, const Vault* vault, const QString& csvPath, int today,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;
    void start();

signals:
    /// `ok` false: `message` says why nothing (or, with rejected rows, which rows) did not get stored.
    void finishedImport(bool ok, qint64 imported, qint64 rejected, const QString& message);

private:
    QString m_databasePath;
    const Vault* m_vault;
    QString m_csvPath;
    int m_today;
    qint64 m_fileSize = 0;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace motcua::statistics
