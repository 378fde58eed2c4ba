#include "RegisterPage.h"

#include "AuditLog.h"
#include "CertificationDocuments.h"
#include "CertificationRegister.h"
#include "CertificationTr.h"
#include "Clock.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "DeliveryOutbox.h"
#include "DocumentFonts.h"
#include "Fee.h"
#include "PrintPdf.h"
#include "ServiceRegistry.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace motcua::certification {

namespace {

Session currentSession(const ModuleContext& c)
{
    auto* op = c.services ? c.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName) : nullptr;
    return op ? op->session() : Session();
}

} // namespace

QString maskIdNumber(const QString& id)
{
    if (id.size() <= 6)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 6, QLatin1Char('*')) + id.right(2);
}

RegisterPage::RegisterPage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_year(new QSpinBox(this)), m_search(new QLineEdit(this)),
      m_table(new QTableWidget(0, 10, this)), m_status(new QLabel(this))
{
    m_book = new QComboBox(this);
    m_book->setObjectName(QStringLiteral("registerBook"));
    m_newBook = new QPushButton(Tr::tr("New &book…"), this);
    m_newBook->setObjectName(QStringLiteral("registerNewBook"));
    m_newBook->setVisible(currentSession(context).has(kPermRegisterBooks));
    auto* exportPdf = new QPushButton(Tr::tr("Export &PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("registerExportPdf"));
    auto* exportXlsx = new QPushButton(Tr::tr("Export &XLSX…"), this);
    exportXlsx->setObjectName(QStringLiteral("registerExportXlsx"));
    auto* receipt = new QPushButton(Tr::tr("Print &receipt…"), this);
    receipt->setObjectName(QStringLiteral("registerReceipt"));
    connect(receipt, &QPushButton::clicked, this, &RegisterPage::printReceipt);
    connect(m_newBook, &QPushButton::clicked, this, &RegisterPage::createBook);
    connect(exportPdf, &QPushButton::clicked, this, [this] { exportRegister(true); });
    connect(exportXlsx, &QPushButton::clicked, this, [this] { exportRegister(false); });
    setObjectName(QStringLiteral("certificationRegisterPage"));
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock ? context.clock->today().year() : QDate::currentDate().year());
    m_search->setPlaceholderText(Tr::tr("Search requester, document or number"));
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("Number"), Tr::tr("Date"), Tr::tr("Requester"), Tr::tr("ID number"),
                                        Tr::tr("Document"), Tr::tr("Pages"), Tr::tr("Copies"), Tr::tr("Fee"),
                                        Tr::tr("Status"), Tr::tr("Delivery")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    auto* cancel = new QPushButton(Tr::tr("&Cancel entry…"), this);
    auto* close = new QPushButton(Tr::tr("Close the &year…"), this);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        reloadBooks();
        reload();
    });
    connect(m_book, &QComboBox::currentIndexChanged, this, &RegisterPage::reload);
    // A search runs (and is audited) when submitted, not at every keystroke.
    auto* searchButton = new QPushButton(Tr::tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("registerSearchButton"));
    connect(m_search, &QLineEdit::returnPressed, this, &RegisterPage::reload);
    connect(searchButton, &QPushButton::clicked, this, &RegisterPage::reload);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) // cleared: the whole book again, as one search
            reload();
    });
    connect(cancel, &QPushButton::clicked, this, &RegisterPage::cancelSelected);
    connect(close, &QPushButton::clicked, this, &RegisterPage::closeYear);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(Tr::tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addWidget(new QLabel(Tr::tr("Book:"), this));
    bar->addWidget(m_book);
    bar->addWidget(m_newBook);
    bar->addWidget(m_search, 1);
    bar->addWidget(searchButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(receipt);
    actions->addWidget(exportPdf);
    actions->addWidget(exportXlsx);
    actions->addWidget(cancel);
    actions->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    reloadBooks();
    reload();
}

void RegisterPage::reload()
{
    if (!m_context.database)
        return;
    const Session session = currentSession(m_context);
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    const QString book = m_book->currentText();
    auto entries = reg.search(session, m_year->value(), m_search->text(), book);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!entries) {
        m_status->setText(entries.status().message());
        return;
    }
    const bool fullId = session.has(perm::CitizenFullId);
    // Delivery to the citizen's document store, per certification number (the outbox).
    QHash<QString, QString> delivery;
    {
        for (const OutboxItem& item : DeliveryOutbox::itemsIn(*m_context.database))
            delivery.insert(item.certificationNumber, item.status == QStringLiteral("delivered")
                                                          ? Tr::tr("Delivered")
                                                          : Tr::tr("Pending (%n attempt(s))", nullptr, item.attempts));
    }
    for (const RegisterEntry& e : *entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {e.certificationNumber,
                                   e.date.toString(QStringLiteral("dd/MM/yyyy")),
                                   e.requesterName,
                                   fullId ? e.requesterIdNumber : maskIdNumber(e.requesterIdNumber),
                                   e.documentName,
                                   QString::number(e.pages),
                                   QString::number(e.copies),
                                   Fee::format(e.fee),
                                   e.status == QStringLiteral("cancelled") ? Tr::tr("Cancelled: %1").arg(e.cancelReason)
                                                                           : Tr::tr("Certified"),
                                   delivery.value(e.certificationNumber, Tr::tr("—"))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    // The register's own order (book, then running number) unless the operator sorts by a column: text sorting
    // would put 10/01 before 2/01.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    const int closed = reg.closedCount(m_year->value(), book);
    m_status->setText(
        closed >= 0
            ? Tr::tr("%n entry(ies) — the book was closed with %1 entries.", nullptr, int(entries->size())).arg(closed)
            : Tr::tr("%n entry(ies)", nullptr, int(entries->size())));
}

void RegisterPage::cancelSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString number = m_table->item(row, 0)->text();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, Tr::tr("Cancel a certification"),
        Tr::tr("Why is certification %1 cancelled? The entry stays in the register, marked cancelled.").arg(number),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    const Status s = reg.cancel(currentSession(m_context), number, reason);
    m_status->setText(s ? Tr::tr("Certification %1 is cancelled.").arg(number) : s.message());
    reload();
}

void RegisterPage::closeYear()
{
    const int year = m_year->value();
    const QString book = m_book->currentText();
    if (QMessageBox::question(
            this, Tr::tr("Close the register"),
            Tr::tr("Close book %1 of %2? No entry can be added to it afterwards.").arg(book).arg(year)) !=
        QMessageBox::Yes)
        return;
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    auto count = reg.closeYear(currentSession(m_context), year, book);
    reload();
    m_status->setText(count ? Tr::tr("Book %1 of %2 is closed with %3 entries.").arg(book).arg(year).arg(*count)
                            : count.status().message());
}

void RegisterPage::reloadBooks()
{
    if (!m_context.database)
        return;
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    const QString current = m_book->currentText();
    const QSignalBlocker block(m_book);
    m_book->clear();
    m_book->addItems(reg.books(m_year->value()));
    m_book->setCurrentIndex(std::max(0, m_book->findText(current)));
}

void RegisterPage::createBook()
{
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    const QStringList books = reg.books(m_year->value());
    bool ok = false;
    const int next = books.isEmpty() ? 1 : books.constLast().toInt() + 1;
    const int number =
        QInputDialog::getInt(this, Tr::tr("New register book"),
                             Tr::tr("Number of the new book for %1:").arg(m_year->value()), next, 1, 99, 1, &ok);
    if (!ok)
        return;
    auto created = reg.createBook(currentSession(m_context), m_year->value(), QString::number(number));
    reloadBooks();
    if (created)
        m_book->setCurrentIndex(m_book->findText(*created));
    m_status->setText(created ? Tr::tr("Book %1 of %2 is open.").arg(*created).arg(m_year->value())
                              : created.status().message());
}

void RegisterPage::printReceipt()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const Session session = currentSession(m_context);
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    auto entry = reg.find(session, m_table->item(row, 0)->text());
    if (!entry) {
        m_status->setText(entry.status().message());
        return;
    }
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("motcua-receipt-%1.pdf").arg(entry->id));
    if (!CertificationDocuments::writeReceipt(
            path, CertificationDocuments::workstationHeader(*m_context.database, session.displayName()), *entry)) {
        m_status->setText(Tr::tr("The receipt could not be written."));
        return;
    }
    printPdf(path, this);
    QFile::remove(path);
}

void RegisterPage::exportRegister(bool pdf)
{
    const QString suggested = QStringLiteral("so-chung-thuc-%1-%2.%3")
                                  .arg(m_year->value())
                                  .arg(m_book->currentText())
                                  .arg(pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx"));
    const QString path =
        QFileDialog::getSaveFileName(this, Tr::tr("Export the register"), suggested,
                                     pdf ? Tr::tr("PDF documents (*.pdf)") : Tr::tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path, pdf);
}

void RegisterPage::exportTo(const QString& path, bool pdf)
{
    if (m_exporting)
        return;
    const Session session = currentSession(m_context);
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    const int year = m_year->value();
    const QString book = m_book->currentText();
    auto entries = reg.search(session, year, {}, book);
    if (!entries) {
        m_status->setText(entries.status().message());
        return;
    }
    // The exported file carries personal data: ID numbers as this operator may see them, and the export audited.
    QList<RegisterEntry> rows = *entries;
    if (!session.has(perm::CitizenFullId))
        for (RegisterEntry& e : rows)
            e.requesterIdNumber = maskIdNumber(e.requesterIdNumber);
    const DocumentHeader header = CertificationDocuments::workstationHeader(*m_context.database, session.displayName());
    const int closed = reg.closedCount(year, book);
    documents::DocumentFonts::serifFamily(); // the fonts are loaded on the GUI thread, used by the worker

    // Writing a year's register takes a while: a worker writes the file, the page stays responsive.
    m_exporting = true;
    m_status->setText(Tr::tr("Exporting %n entry(ies)…", nullptr, int(rows.size())));
    auto outcome = std::make_shared<QString>();
    const QString diskHint = Tr::tr("Check that the folder is writable and the disk has free space.");
    QThread* worker = QThread::create([=] {
        QString error;
        const bool ok = pdf ? CertificationDocuments::writeRegisterPdf(path, header, year, book, rows, closed)
                            : CertificationDocuments::writeRegisterXlsx(path, year, book, rows, &error);
        *outcome = ok ? QString() : (error.isEmpty() ? diskHint : error);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [=, this] {
        m_exporting = false;
        const bool ok = outcome->isEmpty();
        if (ok)
            (void)m_context.audit->append(
                session.username(),
                {QStringLiteral("certification.register.export"), QStringLiteral("register"),
                 QStringLiteral("%1/%2").arg(year).arg(book),
                 QJsonObject{{QStringLiteral("entries"), int(rows.size())},
                             {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx")}}});
        m_status->setText(ok ? Tr::tr("%n entry(ies) exported.", nullptr, int(rows.size()))
                             : Tr::tr("The register could not be exported. %1").arg(*outcome));
        emit exported(ok);
    });
    worker->start();
}

} // namespace motcua::certification
