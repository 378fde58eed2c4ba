#include "CertifyPage.h"

#include "CertificationDocuments.h"
#include "CertifyJob.h"
#include "DeliveryOutbox.h"
#include "KeyChooser.h"
#include "PrintPdf.h"
#include "fallback/IdNumberValidator.h"
#include "fallback/QrCodeParser.h"
#include "pcsc/ReaderMonitor.h"
#include "security/TrustStore.h"
#include "service/CardService.h"

#include "AttestationTemplate.h"
#include "AuditLog.h"
#include "CertificationService.h"
#include "CertificationTr.h"
#include "Clock.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "Fee.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "TimestampClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace motcua::certification {

namespace {} // namespace

QIcon CertifyPage::thumbnail(const PageItem& item)
{
    if (item.isPdf) {
        // Qt PDF renders the page; each file is opened once for all its pages.
        QPdfDocument*& doc = m_pdfs[item.path];
        if (!doc) {
            doc = new QPdfDocument(this);
            doc->load(item.path);
        }
        QImage img = doc->render(item.index, QSize(96, 128));
        if (item.rotation)
            img = img.transformed(QTransform().rotate(item.rotation));
        return QIcon(QPixmap::fromImage(img));
    }
    QImageReader reader(item.path);
    reader.jumpToImage(item.index);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(96, 128, Qt::KeepAspectRatio));
    QImage img = reader.read();
    if (item.rotation)
        img = img.transformed(QTransform().rotate(item.rotation));
    return QIcon(QPixmap::fromImage(img));
}

CertifyPage::CertifyPage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_requester(new QLineEdit(this)), m_idNumber(new QLineEdit(this)),
      m_document(new QComboBox(this)), m_issuer(new QLineEdit(this)), m_copies(new QSpinBox(this)),
      m_book(new QComboBox(this)), m_pageList(new QListWidget(this)), m_fee(new QLabel(this)),
      m_officerKey(new KeyChooser(Tr::tr("officer"), this)), m_agencyKey(new KeyChooser(Tr::tr("agency"), this)),
      m_readCard(new QPushButton(Tr::tr("Read c&hip card"), this)),
      m_certify(new QPushButton(Tr::tr("&Certify and sign"), this)),
      m_cancel(new QPushButton(Tr::tr("Cancel signing"), this)),
      m_receipt(new QPushButton(Tr::tr("&Print receipt…"), this)), m_progress(new QProgressBar(this)),
      m_refuse(new QPushButton(Tr::tr("&Refuse…"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("certificationCertifyPage"));
    m_requester->setObjectName(QStringLiteral("certifyRequester"));
    m_idNumber->setObjectName(QStringLiteral("certifyIdNumber"));
    m_idNumber->setPlaceholderText(Tr::tr("12 digits, or scan the card's QR code"));
    m_document->setEditable(true);
    m_document->addItems({Tr::tr("Birth certificate"), Tr::tr("Diploma"), Tr::tr("Land-use right certificate"),
                          Tr::tr("Marriage certificate"), Tr::tr("Transcript")});
    m_copies->setRange(1, 50);
    m_book->setObjectName(QStringLiteral("certifyBook"));
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setIconSize(QSize(96, 128));
    m_pageList->setMovement(QListView::Static);
    m_pageList->setObjectName(QStringLiteral("certifyPages"));
    m_officerKey->setObjectName(QStringLiteral("officerKey"));
    m_agencyKey->setObjectName(QStringLiteral("agencyKey"));
    m_readCard->setObjectName(QStringLiteral("certifyReadCard"));
    m_certify->setObjectName(QStringLiteral("certifySign"));
    m_certify->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("certifyCancel"));
    m_receipt->setObjectName(QStringLiteral("certifyReceipt"));
    m_receipt->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("certifyProgress"));
    m_progress->setRange(0, 4);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_message->setObjectName(QStringLiteral("certifyMessage"));
    m_message->setWordWrap(true);
    if (m_context.settings) {
        const QString driver = m_context.settings->value(kTokenDriverKey).toString();
        m_officerKey->setTokenDriver(driver.isEmpty() ? KeyChooser::defaultTokenDriver() : driver);
        m_agencyKey->setTokenDriver(driver.isEmpty() ? KeyChooser::defaultTokenDriver() : driver);
    }
    if (m_context.database && m_context.audit && m_context.clock) {
        CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
        m_book->addItems(reg.books(m_context.clock->today().year()));
    } else {
        m_book->addItem(QStringLiteral("01"));
    }

    auto* request = new QGroupBox(Tr::tr("1. Request"), this);
    auto* rf = new QFormLayout(request);
    rf->addRow(Tr::tr("Requester:"), m_requester);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumber, 1);
    idRow->addWidget(m_readCard);
    rf->addRow(Tr::tr("ID number:"), idRow);
    rf->addRow(Tr::tr("Document:"), m_document);
    rf->addRow(Tr::tr("Issued by:"), m_issuer);
    rf->addRow(Tr::tr("Copies:"), m_copies);
    rf->addRow(Tr::tr("Register book:"), m_book);
    connect(m_readCard, &QPushButton::clicked, this, &CertifyPage::readCard);
    connect(m_copies, &QSpinBox::valueChanged, this, &CertifyPage::refreshPages);

    auto* original = new QGroupBox(Tr::tr("2. Original"), this);
    auto* ol = new QVBoxLayout(original);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(Tr::tr("&Add scans…"), [this] {
        addFiles(QFileDialog::getOpenFileNames(this, Tr::tr("Add the scanned original"), {},
                                               Tr::tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")));
    });
    button(Tr::tr("R&otate"), [this] {
        const int row = m_pageList->currentRow();
        if (row >= 0 && row < m_pages.size())
            m_pages[row].rotation = (m_pages[row].rotation + 90) % 360;
        refreshPages();
        m_pageList->setCurrentRow(row);
    });
    button(Tr::tr("Move &up"), [this] { moveSelected(-1); });
    button(Tr::tr("Move &down"), [this] { moveSelected(1); });
    button(Tr::tr("De&lete page"), [this] {
        const int row = m_pageList->currentRow();
        if (row >= 0 && row < m_pages.size())
            m_pages.removeAt(row);
        refreshPages();
    });
    ol->addLayout(buttons);
    ol->addWidget(m_pageList, 1);
    ol->addWidget(m_fee);

    auto* check = new QGroupBox(Tr::tr("3. Refusal check — tick a ground only if it applies"), this);
    auto* cl = new QVBoxLayout(check);
    for (RefusalGround g : allRefusalGrounds()) {
        auto* box = new QCheckBox(refusalGroundText(g), this);
        box->setToolTip(refusalGroundText(g)); // the whole ground, when a narrow window cuts the line
        connect(box, &QCheckBox::toggled, this, &CertifyPage::updateState);
        m_grounds << box;
        cl->addWidget(box);
    }

    auto* keys = new QGroupBox(Tr::tr("4. Signing keys — the password or PIN is asked for each signature"), this);
    auto* kf = new QFormLayout(keys);
    kf->addRow(Tr::tr("Officer's key:"), m_officerKey);
    kf->addRow(Tr::tr("Agency's key:"), m_agencyKey);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addWidget(m_receipt);
    actions->addWidget(m_refuse);
    actions->addWidget(m_certify);
    connect(m_certify, &QPushButton::clicked, this, &CertifyPage::certify);
    connect(m_refuse, &QPushButton::clicked, this, &CertifyPage::refuse);
    connect(m_receipt, &QPushButton::clicked, this, &CertifyPage::printReceipt);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
        m_message->setText(Tr::tr("Cancelling after the current step…"));
    });

    auto* grid = new QGridLayout;
    grid->addWidget(request, 0, 0);
    grid->addWidget(original, 0, 1, 3, 1);
    grid->addWidget(check, 1, 0);
    grid->addWidget(keys, 2, 0);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addLayout(actions);
    refreshPages();
}

void CertifyPage::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        auto items = PageImport::inspect(path);
        if (!items) {
            m_message->setText(items.status().message());
            continue;
        }
        m_pages += *items;
    }
    refreshPages();
}

void CertifyPage::refreshPages()
{
    m_pageList->clear();
    for (int i = 0; i < m_pages.size(); ++i)
        m_pageList->addItem(new QListWidgetItem(thumbnail(m_pages[i]), Tr::tr("Page %1").arg(i + 1)));
    const int n = static_cast<int>(m_pages.size());
    m_fee->setText(Tr::tr("%n page(s) — fee %1", nullptr, n).arg(Fee::format(Fee::total(n, m_copies->value()))));
    updateState();
}

void CertifyPage::moveSelected(int delta)
{
    const int row = m_pageList->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_pages.size())
        return;
    m_pages.swapItemsAt(row, row + delta);
    refreshPages();
    m_pageList->setCurrentRow(row + delta);
}

void CertifyPage::updateState()
{
    const bool refusal = std::any_of(m_grounds.cbegin(), m_grounds.cend(), [](QCheckBox* b) { return b->isChecked(); });
    m_refuse->setEnabled(refusal);
    m_certify->setEnabled(!refusal && !m_pages.isEmpty());
}

namespace {

shell::CurrentOperator* currentOperator(const ModuleContext& context)
{
    return context.services ? context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName)
                            : nullptr;
}

QString workstationValue(Database& db, const char* key)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT value FROM workstation WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString stepText(CertifyStep step)
{
    switch (step) {
    case CertifyStep::Attestation:
        return Tr::tr("Preparing the copy and its attestation page…");
    case CertifyStep::OfficerSignature:
        return Tr::tr("Officer's signature…");
    case CertifyStep::AgencySignature:
        return Tr::tr("Agency's signature…");
    case CertifyStep::TimeStamp:
        return Tr::tr("Asking the time-stamp server…");
    case CertifyStep::Saving:
        return Tr::tr("Saving the signed copy…");
    }
    return {};
}

} // namespace

void CertifyPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_certify, m_refuse, m_readCard, m_officerKey, m_agencyKey, m_pageList,
                                         m_requester, m_idNumber, m_document, m_issuer, m_copies, m_book})
        w->setEnabled(!busy);
    if (!busy)
        updateState();
}

void CertifyPage::certify()
{
    auto* op = currentOperator(m_context);
    if (!op || !m_context.database || m_job)
        return;
    if (m_requester->text().trimmed().isEmpty()) {
        m_message->setText(Tr::tr("Fill in the requester's name and the document."));
        return;
    }
    // The keys are opened here, on the GUI thread: each asks its password or PIN, and a certificate that is not
    // valid now is refused before anything is numbered or signed.
    const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    auto officer = m_officerKey->open(now);
    if (!officer || !*officer) {
        m_message->setText(officer ? Tr::tr("Signing was cancelled.") : officer.status().message());
        return;
    }
    auto agency = m_agencyKey->open(now);
    if (!agency || !*agency) {
        m_message->setText(agency ? Tr::tr("Signing was cancelled.") : agency.status().message());
        return;
    }
    CertificationRequest req;
    req.entry.requesterName = m_requester->text().trimmed();
    req.entry.requesterIdNumber = m_idNumber->text().trimmed();
    req.entry.documentName = m_document->currentText();
    req.entry.issuingBody = m_issuer->text().trimmed();
    req.entry.copies = m_copies->value();
    req.entry.book = m_book->currentText();
    req.pages = m_pages;
    // The agency is the one the setup wizard recorded for this workstation.
    req.agency = workstationValue(*m_context.database, "agency").toUpper();
    req.templateText = m_context.settings ? AttestationTemplate::load(*m_context.settings) : QString();
    sign::Timestamper timestamper;
    const QString tsa =
        m_context.settings ? m_context.settings->value(QStringLiteral("certification/tsaUrl")).toString() : QString();
    if (!tsa.isEmpty())
        timestamper = [tsa](const QByteArray& v) { return sign::TimestampClient(QUrl(tsa)).timestamp(v); };
    m_job = new CertifyJob(
        *m_context.database, *m_context.clock, op->session(), req, *officer, *agency, timestamper,
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/certified"), this);
    connect(m_job, &CertifyJob::stepStarted, this, [this](CertifyStep step) {
        const int value = step == CertifyStep::TimeStamp ? m_progress->value() : int(step);
        m_progress->setValue(std::min(value, int(CertifyStep::Saving)));
        m_message->setText(stepText(step));
    });
    connect(m_job, &CertifyJob::finished, this, &CertifyPage::onJobFinished);
    m_progress->setValue(0);
    m_receipt->setEnabled(false);
    setBusy(true);
    m_message->setText(stepText(CertifyStep::Attestation));
    m_job->start();
}

void CertifyPage::onJobFinished()
{
    CertifyJob* job = std::exchange(m_job, nullptr);
    job->deleteLater();
    setBusy(false);
    const auto& result = job->result();
    if (!result) {
        m_message->setText(result.status().message());
        return;
    }
    m_progress->setValue(m_progress->maximum());
    m_lastEntry = result->entry;
    m_receipt->setEnabled(true);
    QString text = Tr::tr("Certified as %1 and signed twice. Fee: %2.")
                       .arg(result->entry.certificationNumber, Fee::format(result->entry.fee));
    // Delivery to the citizen's document store goes through the outbox the module runs.
    const QString endpoint =
        m_context.settings ? m_context.settings->value(QStringLiteral("certification/deliveryEndpoint")).toString()
                           : QString();
    if (!endpoint.isEmpty() && m_context.clock) {
        DeliveryOutbox outbox(*m_context.database, *m_context.clock);
        if (Status s = outbox.enqueue(result->entry.certificationNumber, result->filePath); !s)
            text += QLatin1Char(' ') + s.message();
        else
            text += QLatin1Char(' ') + Tr::tr("Queued for delivery to the document store.");
    }
    m_message->setText(text);
}

DocumentHeader CertifyPage::documentHeader() const
{
    auto* op = currentOperator(m_context);
    return m_context.database ? CertificationDocuments::workstationHeader(*m_context.database,
                                                                          op ? op->session().displayName() : QString())
                              : DocumentHeader{};
}

void CertifyPage::printReceipt()
{
    if (m_lastEntry.certificationNumber.isEmpty())
        return;
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("motcua-receipt-%1.pdf").arg(m_lastEntry.id));
    if (!CertificationDocuments::writeReceipt(path, documentHeader(), m_lastEntry)) {
        m_message->setText(Tr::tr("The receipt could not be written."));
        return;
    }
    printFile(path);
}

void CertifyPage::printFile(const QString& path)
{
    printPdf(path, this);
    QFile::remove(path);
}

void CertifyPage::readCard()
{
    const QString typed = m_idNumber->text().trimmed();
    QString id = typed;
    // A scanned card QR code ("ID|old ID|name|birth|sex|address|issue") fills the typed identity and gives the ID.
    if (typed.contains(QLatin1Char('|'))) {
        auto qr = card::QrCodeParser::parse(typed);
        if (!qr) {
            m_message->setText(qr.status().message());
            return;
        }
        id = qr->holder.idNumber;
        m_idNumber->setText(qr->holder.idNumber);
        m_requester->setText(qr->holder.fullName);
    }
    if (Status s = card::IdNumberValidator::validate(id); !s) {
        m_message->setText(Tr::tr("Type the requester's 12-digit ID number (or scan the card's QR code) first: its "
                                  "last six digits open the chip."));
        return;
    }
    QString reader;
    if (auto* monitor =
            m_context.services ? m_context.services->get<card::ReaderMonitor>(card::kReaderMonitorService) : nullptr) {
        if (!monitor->serviceAvailable()) {
            m_message->setText(Tr::tr("The smart card service (pcscd) is not running."));
            return;
        }
        for (const card::ReaderState& r : monitor->readers())
            if (r.cardPresent && reader.isEmpty())
                reader = r.name;
        if (reader.isEmpty()) {
            m_message->setText(Tr::tr("Put the chip ID card on the reader."));
            return;
        }
    }
    if (!m_cardService) {
        m_cardService = new card::CardService(this);
        card::TrustStore trust;
        if (m_context.settings)
            for (const QString& p : m_context.settings->value(QStringLiteral("card/trustPaths")).toStringList())
                (void)trust.addPath(p);
        m_cardService->setTrustStore(trust);
        connect(m_cardService, &card::CardService::progress, this,
                [this](const QString& file) { m_message->setText(Tr::tr("Reading the chip: %1…").arg(file)); });
        connect(m_cardService, &card::CardService::finished, this, &CertifyPage::onCardRead);
        connect(m_cardService, &card::CardService::failed, this, [this](const Status& s) {
            m_readCard->setEnabled(true);
            m_message->setText(s.message());
        });
        connect(m_cardService, &card::CardService::cancelled, this, [this] { m_readCard->setEnabled(true); });
    }
    card::ReadOptions options;
    options.key.can = card::IdNumberValidator::canFromIdNumber(id);
    options.readPortrait = false; // the register needs the name and number only
    m_readCard->setEnabled(false);
    m_message->setText(Tr::tr("Reading the chip ID card…"));
    m_cardService->startRead(reader, options);
}

void CertifyPage::onCardRead(const card::CitizenIdentity& identity)
{
    m_readCard->setEnabled(true);
    // Audited without the name or number: the subject is the request being prepared, not the person.
    Status audited = Status::failed(Tr::tr("The card read could not be recorded in the audit log."));
    if (auto* op = currentOperator(m_context); op && m_context.audit)
        audited = m_context.audit->append(op->session().username(),
                                          {QStringLiteral("certification.card.read"), QStringLiteral("request"),
                                           QStringLiteral("new"), QJsonObject{{QStringLiteral("chip"), true}}});
    if (!audited) {
        m_message->setText(audited.message());
        return;
    }
    m_requester->setText(identity.holder.fullName);
    m_idNumber->setText(identity.holder.idNumber);
    m_message->setText(Tr::tr("Requester read from the chip card."));
}

void CertifyPage::refuse()
{
    auto* op = currentOperator(m_context);
    if (!op || !m_context.database)
        return;
    for (int i = 0; i < m_grounds.size(); ++i) {
        if (!m_grounds[i]->isChecked())
            continue;
        const RefusalGround ground = allRefusalGrounds().at(i);
        CertificationService service(*m_context.database, *m_context.audit, *m_context.clock);
        auto note = service.refuse(op->session(), m_requester->text(), m_document->currentText(), ground, {});
        if (!note) {
            m_message->setText(note.status().message());
            return;
        }
        m_message->setText(Tr::tr("The refusal is recorded (ground %1).").arg(i + 1));
        RefusalNote refusal{m_requester->text().trimmed(),
                            m_document->currentText(),
                            ground,
                            {},
                            m_context.clock ? m_context.clock->today() : QDate::currentDate()};
        const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("motcua-refusal.pdf"));
        if (CertificationDocuments::writeRefusalNote(path, documentHeader(), refusal))
            printFile(path);
        return;
    }
}

} // namespace motcua::certification
