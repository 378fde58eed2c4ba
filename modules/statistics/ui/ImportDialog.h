#pragma once

#include "ResidentImporter.h"

#include <QDialog>
#include <QElapsedTimer>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace motcua {
class Vault;
}

namespace motcua::statistics {

/// Imports a resident file on a worker thread (its own database connection) and shows the rows read, the
/// time left and a Cancel button; the window stays responsive and a cancelled import stores nothing.
/// When the import ends the window stays open with the outcome (how many were stored, or why nothing was,
/// with the line numbers of the first bad rows) until the operator closes it.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString& databasePath, const Vault* vault, const QString& csvPath, int today,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;
    void start();
    bool isRunning() const { return m_running; }
    /// Asks the worker to stop; it stops at its next batch and stores nothing.
    void cancel();

signals:
    /// `ok` false: `message` says why nothing was stored (for rejected rows, which lines and why).
    void finishedImport(bool ok, qint64 imported, qint64 rejected, const QString& message);

protected:
    void reject() override; // Esc or the window's close button: cancel while running, close afterwards

private:
    struct Outcome
    {
        Status status;
        ImportReport report;
        QStringList problems; // the first rejected rows, "Line n: why"
        qint64 moreProblems = 0;
    };
    void showProgress(qint64 bytesRead, qint64 rows);
    void finish(const Outcome& outcome);
    static QString describe(const Outcome& outcome);

    QString m_databasePath;
    const Vault* m_vault;
    QString m_csvPath;
    int m_today;
    qint64 m_fileSize = 0;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QThread* m_thread = nullptr;
    QElapsedTimer m_clock;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace motcua::statistics
