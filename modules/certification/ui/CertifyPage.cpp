#include "CertifyPage.h"

#include "AttestationTemplate.h"
#include "CertificationService.h"
#include "CertificationTr.h"
#include "Clock.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "Fee.h"
#include "Pkcs12Key.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "TimestampClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
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
      m_pageList(new QListWidget(this)), m_fee(new QLabel(this)), m_officerKey(new QLineEdit(this)),
      m_officerPassword(new QLineEdit(this)), m_agencyKey(new QLineEdit(this)), m_agencyPassword(new QLineEdit(this)),
      m_certify(new QPushButton(Tr::tr("&Certify and sign"), this)),
      m_refuse(new QPushButton(Tr::tr("&Refuse…"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("certificationCertifyPage"));
    m_document->setEditable(true);
    m_document->addItems({Tr::tr("Birth certificate"), Tr::tr("Diploma"), Tr::tr("Land-use right certificate"),
                          Tr::tr("Marriage certificate"), Tr::tr("Transcript")});
    m_copies->setRange(1, 50);
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setIconSize(QSize(96, 128));
    m_pageList->setMovement(QListView::Static);
    m_pageList->setObjectName(QStringLiteral("certifyPages"));
    m_officerPassword->setEchoMode(QLineEdit::Password);
    m_agencyPassword->setEchoMode(QLineEdit::Password);
    m_certify->setObjectName(QStringLiteral("certifySign"));
    m_certify->setDefault(true);
    m_message->setWordWrap(true);

    auto* request = new QGroupBox(Tr::tr("1. Request"), this);
    auto* rf = new QFormLayout(request);
    rf->addRow(Tr::tr("Requester:"), m_requester);
    rf->addRow(Tr::tr("ID number:"), m_idNumber);
    rf->addRow(Tr::tr("Document:"), m_document);
    rf->addRow(Tr::tr("Issued by:"), m_issuer);
    rf->addRow(Tr::tr("Copies:"), m_copies);

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
        connect(box, &QCheckBox::toggled, this, &CertifyPage::updateState);
        m_grounds << box;
        cl->addWidget(box);
    }

    auto* keys = new QGroupBox(Tr::tr("4. Signing keys (PKCS#12)"), this);
    auto* kf = new QFormLayout(keys);
    kf->addRow(Tr::tr("Officer's key file:"), m_officerKey);
    kf->addRow(Tr::tr("Officer's password:"), m_officerPassword);
    kf->addRow(Tr::tr("Agency's key file:"), m_agencyKey);
    kf->addRow(Tr::tr("Agency's password:"), m_agencyPassword);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_refuse);
    actions->addWidget(m_certify);
    connect(m_certify, &QPushButton::clicked, this, &CertifyPage::certify);
    connect(m_refuse, &QPushButton::clicked, this, &CertifyPage::refuse);

    auto* grid = new QGridLayout;
    grid->addWidget(request, 0, 0);
    grid->addWidget(original, 0, 1, 2, 1);
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

void CertifyPage::certify()
{
    auto* op = m_context.services
                   ? m_context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName)
                   : nullptr;
    if (!op || !m_context.database)
        return;
    auto officer = sign::Pkcs12Key::open(m_officerKey->text(), m_officerPassword->text());
    auto agency = sign::Pkcs12Key::open(m_agencyKey->text(), m_agencyPassword->text());
    m_officerPassword->clear();
    m_agencyPassword->clear();
    if (!officer || !agency) {
        m_message->setText((officer ? agency.status() : officer.status()).message());
        return;
    }
    CertificationRequest req;
    req.entry.requesterName = m_requester->text().trimmed();
    req.entry.requesterIdNumber = m_idNumber->text().trimmed();
    req.entry.documentName = m_document->currentText();
    req.entry.issuingBody = m_issuer->text().trimmed();
    req.entry.copies = m_copies->value();
    req.pages = m_pages;
    // The agency is the one the setup wizard recorded for this workstation.
    QSqlQuery agencyQuery = m_context.database->query();
    if (agencyQuery.exec(QStringLiteral("SELECT value FROM workstation WHERE key = 'agency'")) && agencyQuery.next())
        req.agency = agencyQuery.value(0).toString().toUpper();
    req.templateText = m_context.settings ? AttestationTemplate::load(*m_context.settings) : QString();
    Signers signers{officer->get(), agency->get(), {}};
    const QString tsa =
        m_context.settings ? m_context.settings->value(QStringLiteral("certification/tsaUrl")).toString() : QString();
    if (!tsa.isEmpty())
        signers.timestamper = [tsa](const QByteArray& v) { return sign::TimestampClient(QUrl(tsa)).timestamp(v); };
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    CertificationService service(*m_context.database, *m_context.audit, *m_context.clock);
    auto result = service.certify(op->session(), req, signers,
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                      QStringLiteral("/certified"));
    QGuiApplication::restoreOverrideCursor();
    m_message->setText(result ? Tr::tr("Certified as %1 and signed twice. Fee: %2.")
                                    .arg(result->entry.certificationNumber, Fee::format(result->entry.fee))
                              : result.status().message());
}

void CertifyPage::refuse()
{
    auto* op = m_context.services
                   ? m_context.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName)
                   : nullptr;
    if (!op || !m_context.database)
        return;
    for (int i = 0; i < m_grounds.size(); ++i) {
        if (!m_grounds[i]->isChecked())
            continue;
        CertificationService service(*m_context.database, *m_context.audit, *m_context.clock);
        auto note = service.refuse(op->session(), m_requester->text(), m_document->currentText(),
                                   allRefusalGrounds().at(i), {});
        m_message->setText(note ? Tr::tr("The refusal is recorded (ground %1).").arg(i + 1) : note.status().message());
        return;
    }
}

} // namespace motcua::certification
