#include "ImportDialog.h"

#include "Database.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace motcua::statistics {

ImportDialog::ImportDialog(const QString& databasePath, const Vault* vault, const QString& csvPath, int today,
                           QWidget* parent)
    : QProgressDialog(parent), m_databasePath(databasePath), m_vault(vault), m_csvPath(csvPath), m_today(today)
{
    setObjectName(QStringLiteral("statisticsImportDialog"));
    setWindowTitle(tr("Importing residents"));
    setLabelText(tr("Reading %1…").arg(QFileInfo(csvPath).fileName()));
    setRange(0, 1000);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    m_fileSize = QFileInfo(csvPath).size();
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        setLabelText(tr("Cancelling…"));
    });
}

ImportDialog::~ImportDialog()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::start()
{
    const QString dbPath = m_databasePath, csvPath = m_csvPath;
    const int today = m_today;
    std::atomic<bool>* cancel = &m_cancel;
    const Vault* vault = m_vault;
    // The worker opens its own connection to the same file; the vault only seals, which is thread-safe.
    m_thread = QThread::create([this, dbPath, csvPath, today, cancel, vault] {
        auto db = Database::open(dbPath, false);
        QString message;
        ImportReport report;
        bool ok = false;
        QFile file(csvPath);
        if (!db) {
            message = db.status().message();
        } else if (!file.open(QIODevice::ReadOnly)) {
            message = tr("The file %1 cannot be read.").arg(csvPath);
        } else {
            ImportOptions options;
            options.today = today;
            options.cancel = cancel;
            options.progress = [this](qint64 bytes, qint64 rows) {
                const int permille = m_fileSize > 0 ? int(bytes * 1000 / m_fileSize) : 0;
                QMetaObject::invokeMethod(this, [this, permille, rows] {
                    setValue(permille);
                    setLabelText(tr("%1 rows read").arg(QLocale(QLocale::Vietnamese).toString(rows)));
                });
            };
            QStringList firstProblems;
            options.rejected = [&firstProblems](qint64 line, const QString& why) {
                if (firstProblems.size() < 5)
                    firstProblems << tr("line %1: %2").arg(line).arg(why);
            };
            const Status s = motcua::statistics::ResidentImporter(**db, vault).run(&file, options, &report);
            ok = s.isOk();
            message = ok ? QString() : (QStringList{s.message()} + firstProblems).join(QLatin1Char('\n'));
        }
        QMetaObject::invokeMethod(this, [this, ok, report, message] {
            emit finishedImport(ok, report.imported, report.rejected, message);
            accept();
        });
    });
    m_thread->start();
    show();
}

} // namespace motcua::statistics
