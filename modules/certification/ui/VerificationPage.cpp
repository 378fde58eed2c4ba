#include "VerificationPage.h"

#include "CertificationRegister.h"
#include "CertificationTr.h"
#include "CertifiedCopyBuilder.h"
#include "CmsVerifier.h"
#include "CurrentOperator.h"
#include "PdfVerifier.h"
#include "ServiceRegistry.h"
#include "Settings.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::certification {

namespace {

/// Verdicts never by colour alone: a symbol and a word, with the colour as a third cue.
QTableWidgetItem* verdictItem(sign::SignatureStatus s)
{
    static const QString symbols[] = {QStringLiteral("✓ "), QStringLiteral("✕ "), QStringLiteral("! ")};
    static const QColor colours[] = {QColor(0x1b, 0x7f, 0x3b), QColor(0xb0, 0x1e, 0x1e), QColor(0xa8, 0x64, 0x00)};
    auto* item = new QTableWidgetItem(symbols[int(s)] + sign::statusText(s));
    item->setForeground(colours[int(s)]);
    return item;
}

} // namespace

VerificationPage::VerificationPage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_summary(new QLabel(this)), m_table(new QTableWidget(0, 6, this)),
      m_lookup(new QLineEdit(this)), m_lookupResult(new QLabel(this)), m_document(new QPdfDocument(this))
{
    setObjectName(QStringLiteral("certificationVerificationPage"));
    setAcceptDrops(true);
    auto* open = new QPushButton(Tr::tr("&Open a PDF…"), this);
    open->setObjectName(QStringLiteral("verifyOpen"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, Tr::tr("Open a signed PDF"), {}, Tr::tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_summary->setText(Tr::tr("Drop a PDF here or open one to check its signatures."));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("verifyTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("Signer"), Tr::tr("Signed at"), Tr::tr("Verdict"),
                                        Tr::tr("Whole document"), Tr::tr("Level"), Tr::tr("Time-stamp")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lookup->setObjectName(QStringLiteral("verifyLookup"));
    m_lookup->setPlaceholderText(Tr::tr("Certification number or scanned QR code"));
    connect(m_lookup, &QLineEdit::returnPressed, this, [this] { lookUp(m_lookup->text()); });
    m_lookupResult->setWordWrap(true);
    auto* view = new QPdfView(this);
    view->setDocument(m_document);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto* left = new QWidget(this);
    auto* l = new QVBoxLayout(left);
    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(m_summary, 1);
    l->addLayout(top);
    l->addWidget(m_table, 1);
    l->addWidget(new QLabel(Tr::tr("Look up in the register:"), this));
    l->addWidget(m_lookup);
    l->addWidget(m_lookupResult);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void VerificationPage::openFile(const QString& path)
{
    std::vector<sign::X509Ptr> anchors;
    const QStringList anchorFiles =
        m_context.settings ? m_context.settings->value(QStringLiteral("certification/trustAnchors")).toStringList()
                           : QStringList();
    for (const QString& f : anchorFiles)
        for (auto& c : sign::CmsVerifier::loadCertificates(f))
            anchors.push_back(std::move(c));
    std::vector<X509*> raw;
    for (auto& a : anchors)
        raw.push_back(a.get());
    auto reports = sign::PdfVerifier(raw).verifyFile(path);
    m_table->setRowCount(0);
    m_document->load(path);
    if (!reports) {
        m_summary->setText(reports.status().message());
        return;
    }
    m_summary->setText(reports->isEmpty() ? Tr::tr("This document has no signatures.")
                                          : Tr::tr("%n signature(s) found.", nullptr, int(reports->size())));
    for (const sign::SignatureReport& r : *reports) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.signer));
        m_table->setItem(row, 1, new QTableWidgetItem(r.signingTime.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        QTableWidgetItem* verdict = verdictItem(r.status);
        verdict->setToolTip(r.problem);
        m_table->setItem(row, 2, verdict);
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(r.coversWholeDocument ? Tr::tr("Yes") : Tr::tr("No — a later revision follows")));
        m_table->setItem(row, 4, new QTableWidgetItem(r.level));
        m_table->setItem(row, 5,
                         new QTableWidgetItem(
                             r.timestamp ? r.timestamp->time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                         : Tr::tr("None")));
    }
    m_table->resizeColumnsToContents();
}

void VerificationPage::lookUp(const QString& text)
{
    QString number;
    QByteArray hash;
    auto* op = m_context.services
                   ? m_context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName)
                   : nullptr;
    if (!CertifiedCopyBuilder::parseReference(text, &number, &hash) || !m_context.database || !op) {
        m_lookupResult->setText(Tr::tr("Type a certification number or scan the QR code."));
        return;
    }
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    auto entry = reg.find(op->session(), number);
    if (!entry) {
        m_lookupResult->setText(QStringLiteral("✕ ") + entry.status().message());
        return;
    }
    if (!hash.isEmpty() && hash != entry->documentHash.toLatin1()) {
        m_lookupResult->setText(Tr::tr("✕ The QR code's document hash does not match the register: not our copy."));
        return;
    }
    m_lookupResult->setText(
        entry->status == QStringLiteral("cancelled")
            ? Tr::tr("! Certification %1 was cancelled: %2").arg(entry->certificationNumber, entry->cancelReason)
            : Tr::tr("✓ Certification %1 of %2: %3, %4 page(s).")
                  .arg(entry->certificationNumber, entry->date.toString(QStringLiteral("dd/MM/yyyy")),
                       entry->documentName)
                  .arg(entry->pages));
}

void VerificationPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void VerificationPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFile(urls.first().toLocalFile());
}

} // namespace motcua::certification
