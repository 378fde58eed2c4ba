#include "ImportDialog.h"

#include "Database.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace motcua::statistics {

namespace {
constexpr qsizetype kProblemsShown = 5;
constexpr int kPermille = 1000;
} // namespace

ImportDialog::ImportDialog(const QString& databasePath, const Vault* vault, const QString& csvPath, int today,
                           QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_vault(vault), m_csvPath(csvPath), m_today(today)
{
    setObjectName(QStringLiteral("statisticsImportDialog"));
    setWindowTitle(tr("Importing residents"));
    setWindowModality(Qt::WindowModal);
    m_fileSize = QFileInfo(csvPath).size();
    auto* layout = new QVBoxLayout(this);
    auto* file = new QLabel(tr("File: %1").arg(QFileInfo(csvPath).fileName()), this);
    file->setObjectName(QStringLiteral("statsImportFile"));
    m_status = new QLabel(tr("Reading the file…"), this);
    m_status->setObjectName(QStringLiteral("statsImportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statsImportProgress"));
    m_progress->setRange(0, kPermille);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_button = new QPushButton(tr("&Cancel"), this);
    m_button->setObjectName(QStringLiteral("statsImportButton"));
    // While the import runs, Enter must not cancel it: the button is no default until it reads "Close".
    m_button->setAutoDefault(false);
    layout->addWidget(file);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_button, 0, Qt::AlignRight);
    setMinimumWidth(460);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancel();
        else
            accept();
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

void ImportDialog::cancel()
{
    if (!m_running || m_cancel)
        return;
    m_cancel = true;
    m_status->setText(tr("Cancelling… nothing from this file will be stored."));
    m_button->setEnabled(false);
}

void ImportDialog::reject()
{
    if (m_running)
        cancel();
    else
        QDialog::reject();
}

void ImportDialog::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_clock.start();
    const QString dbPath = m_databasePath, csvPath = m_csvPath;
    const int today = m_today;
    std::atomic<bool>* cancel = &m_cancel;
    const Vault* vault = m_vault;
    // The worker opens its own connection to the same file; the vault only seals, which is thread-safe.
    // It talks to the window only through queued calls, which are dropped if the window is gone.
    m_thread = QThread::create([this, dbPath, csvPath, today, cancel, vault] {
        Outcome outcome;
        auto db = Database::open(dbPath, false);
        QFile file(csvPath);
        if (!db) {
            outcome.status = db.status();
        } else if (!file.open(QIODevice::ReadOnly)) {
            outcome.status = Status::failed(tr("The file %1 cannot be read.").arg(QFileInfo(csvPath).fileName()));
        } else {
            ImportOptions options;
            options.today = today;
            options.cancel = cancel;
            options.progress = [this](qint64 bytes, qint64 rows) {
                QMetaObject::invokeMethod(this, [this, bytes, rows] { showProgress(bytes, rows); });
            };
            options.rejected = [&outcome](qint64 line, const QString& why) {
                if (outcome.problems.size() < kProblemsShown)
                    outcome.problems << tr("Line %1: %2").arg(line).arg(why);
                else
                    ++outcome.moreProblems;
            };
            outcome.status = ResidentImporter(**db, vault).run(&file, options, &outcome.report);
        }
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); });
    });
    m_thread->setObjectName(QStringLiteral("statisticsImport"));
    m_thread->start();
    show();
}

void ImportDialog::showProgress(qint64 bytesRead, qint64 rows)
{
    if (!m_running || m_cancel)
        return;
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const double done = m_fileSize > 0 ? double(bytesRead) / double(m_fileSize) : 0.0;
    m_progress->setValue(int(std::min(1.0, done) * kPermille));
    QString text = tr("%1 rows read").arg(vi.toString(rows));
    if (done > 0.02 && done < 1.0) {
        const qint64 left = qint64(double(m_clock.elapsed()) * (1.0 - done) / done / 1000.0);
        text += u' ' + (left < 60 ? tr("(about %1 s left)").arg(std::max<qint64>(1, left))
                                  : tr("(about %1 min left)").arg((left + 59) / 60));
    }
    m_status->setText(text);
}

void ImportDialog::finish(const Outcome& outcome)
{
    m_running = false;
    m_thread->wait();
    const bool ok = outcome.status.isOk();
    m_progress->setValue(ok ? kPermille : 0); // a bar left half full would suggest half the file was stored
    const QString message = describe(outcome);
    m_status->setText(message);
    m_button->setText(tr("&Close"));
    m_button->setEnabled(true);
    m_button->setDefault(true);
    m_button->setFocus();
    emit finishedImport(ok, outcome.report.imported, outcome.report.rejected, ok ? QString() : message);
}

QString ImportDialog::describe(const Outcome& o)
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    if (o.status.isOk())
        return tr("Done: %1 residents imported.").arg(vi.toString(o.report.imported));
    if (o.report.cancelled)
        return tr("The import was cancelled; nothing was stored.");
    if (o.status.code() == Status::Code::InputRejected && o.report.rejected > 0) {
        // The importer's own sentence suggests a command-line option; in the window, say what to do here.
        QStringList lines{tr("%n row(s) were rejected, so nothing was stored. Correct the file and import it again.",
                             nullptr, int(o.report.rejected))};
        lines += o.problems;
        if (o.moreProblems > 0)
            lines << tr("… and %n more.", nullptr, int(o.moreProblems));
        return lines.join(u'\n');
    }
    return (QStringList{o.status.message()} + o.problems).join(u'\n');
}

} // namespace motcua::statistics
