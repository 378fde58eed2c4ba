#include "CaseDocumentsPanel.h"

#include "CaseForms.h"
#include "Clock.h"
#include "DialogButtons.h"
#include "DocumentFonts.h"
#include "FormRenderer.h"
#include "FormSigner.h"
#include "Icons.h"
#include "Pkcs12Key.h"
#include "ResidenceDesk.h"
#include "Settings.h"
#include "SigningSettingsPage.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace motcua::residence {

using documents::FormRenderer;
using documents::ResidenceForm;
using documents::ResidenceForms;

CaseDocumentsPanel::CaseDocumentsPanel(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    // Register the bundled serif on the GUI thread before the first render runs on a worker.
    motcua::documents::DocumentFonts::serifFamily();
    m_forms = new QComboBox(this);
    m_forms->setObjectName(QStringLiteral("formCombo"));
    m_print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Print the selected form (Ctrl+P)"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save as P&DF…"), this);
    m_save->setObjectName(QStringLiteral("savePdfButton"));
    m_sign = new QPushButton(shell::shippedIcon(QLatin1String("document-edit-sign")), tr("&Sign…"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setToolTip(tr("Sign the selected form with the police unit's key (set by the administrator)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_pdf = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("documentView"));
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumHeight(240);

    auto* label = new QLabel(tr("&Form:"), this);
    label->setBuddy(m_forms);
    auto* bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_forms, 1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);
    bar->addWidget(m_sign);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_forms, &QComboBox::currentIndexChanged, this, &CaseDocumentsPanel::renderPreview);
    connect(m_print, &QPushButton::clicked, this, &CaseDocumentsPanel::print);
    connect(m_save, &QPushButton::clicked, this, &CaseDocumentsPanel::save);
    connect(m_sign, &QPushButton::clicked, this, &CaseDocumentsPanel::sign);
    connect(&m_signWatcher, &QFutureWatcherBase::finished, this, [this] {
        const int generation = m_signWatcher.property("generation").toInt();
        const auto [bytes, error] = m_signWatcher.result();
        updateSignButton();
        if (generation != m_generation)
            return; // another form or case was chosen meanwhile
        if (bytes.isEmpty()) {
            m_status->setText(error);
            return;
        }
        showPdf(bytes);
        m_signedPdf = bytes;
        m_status->setText(tr("✔ Signed digitally by %1. Save as PDF keeps the signature.").arg(m_desk.agencyTitle()));
        emit previewShown(currentForm());
    });
    connect(&m_watcher, &QFutureWatcher<QByteArray>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // a newer preview is on its way
        const QByteArray bytes = m_watcher.result();
        if (bytes.isEmpty()) {
            m_status->setText(tr("The form could not be rendered: its template is missing. Ask the administrator."));
            return;
        }
        showPdf(bytes);
        m_status->clear();
        emit previewShown(currentForm());
    });
    clear();
}

CaseDocumentsPanel::~CaseDocumentsPanel()
{
    m_watcher.waitForFinished();
    m_signWatcher.waitForFinished();
}

void CaseDocumentsPanel::showPdf(const QByteArray& bytes)
{
    m_pdf->close();
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_buffer);
    m_ready = true;
}

QString CaseDocumentsPanel::keyFile() const
{
    const Settings* settings = m_desk.context().settings;
    return settings ? settings->value(QString::fromLatin1(SigningSettingsPage::kKeyFile)).toString() : QString();
}

void CaseDocumentsPanel::updateSignButton()
{
    m_sign->setVisible(!keyFile().isEmpty());
    m_sign->setEnabled(m_record && m_forms->currentIndex() >= 0 && documents::FormSigner::isSigned(currentForm()) &&
                       !m_signWatcher.isRunning());
}

void CaseDocumentsPanel::sign()
{
    if (!m_record || keyFile().isEmpty())
        return;
    bool ok = false;
    const QString password =
        ui::askPassword(this, tr("Sign %1").arg(ResidenceForms::code(currentForm())),
                        tr("Password of the police unit's key (%1):").arg(QFileInfo(keyFile()).fileName()), &ok);
    if (ok)
        signWith(password);
}

void CaseDocumentsPanel::signWith(const QString& password)
{
    if (!m_record || m_signWatcher.isRunning() || !documents::FormSigner::isSigned(currentForm()))
        return;
    const QString path = keyFile();
    const ResidenceForm form = currentForm();
    const QVariantMap fields = currentFields();
    const QDateTime now = m_desk.context().clock ? m_desk.context().clock->now() : QDateTime::currentDateTime();
    const documents::FormSignature who{m_desk.agencyTitle(),
                                       m_desk.placeDate(now.date()).section(QLatin1Char(','), 0, 0), now};
    auto env = m_desk.environment();
    if (!env) {
        m_status->setText(env.status().message());
        return;
    }
    const ResidenceEnvironment base = *env;
    const Session session = m_desk.session();
    const qint64 caseId = m_record->summary.id;
    m_status->setText(tr("Signing…"));
    m_sign->setEnabled(false);
    m_signWatcher.setProperty("generation", m_generation);
    // Rendering, opening the key, the signature and its audit entry run on a worker (with its own connection); the
    // password was asked on the GUI thread.
    m_signWatcher.setFuture(
        QtConcurrent::run([form, fields, path, password, who, base, session, caseId]() -> QPair<QByteArray, QString> {
            QString error;
            const QByteArray pdf = FormRenderer::pdf(form, fields, &error);
            if (pdf.isEmpty())
                return {{}, error};
            auto key = sign::Pkcs12Key::open(path, password);
            if (!key)
                return {{}, key.status().message()};
            auto signedPdf = documents::FormSigner::sign(session, pdf, form, **key, who);
            if (!signedPdf)
                return {{}, signedPdf.status().message()};
            // Ids only in the audit: the case and the form code.
            auto connection = ResidenceConnection::open(base);
            if (!connection)
                return {{}, connection.status().message()};
            if (Status s = (*connection)
                               ->store()
                               .audit(session, QStringLiteral("residence.form.sign"), QStringLiteral("case"), caseId,
                                      {{QStringLiteral("form"), ResidenceForms::code(form)}});
                !s)
                return {{}, s.message()};
            return {*signedPdf, {}};
        }));
}

void CaseDocumentsPanel::clear()
{
    m_record.reset();
    const QSignalBlocker block(m_forms);
    m_forms->clear();
    m_pdf->close();
    m_ready = false;
    m_signedPdf.clear();
    updateSignButton();
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Open a case to see its forms."));
}

void CaseDocumentsPanel::setCase(const CaseRecord& record)
{
    const int previous = m_forms->currentData().isValid() ? m_forms->currentData().toInt() : -1;
    m_record = record;
    {
        const QSignalBlocker block(m_forms);
        m_forms->clear();
        for (ResidenceForm f : CaseForms::available(record))
            m_forms->addItem(ResidenceForms::displayName(f), int(f));
        const int again = m_forms->findData(previous);
        if (again >= 0)
            m_forms->setCurrentIndex(again);
    }
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    renderPreview();
}

bool CaseDocumentsPanel::selectForm(ResidenceForm form)
{
    const int index = m_forms->findData(int(form));
    if (index < 0)
        return false;
    if (index == m_forms->currentIndex())
        renderPreview();
    else
        m_forms->setCurrentIndex(index);
    return true;
}

ResidenceForm CaseDocumentsPanel::currentForm() const
{
    return ResidenceForm(m_forms->currentData().toInt());
}

bool CaseDocumentsPanel::previewReady() const
{
    return m_ready;
}

QVariantMap CaseDocumentsPanel::currentFields() const
{
    if (!m_record)
        return {};
    return CaseForms::fields(currentForm(), *m_record, m_desk, m_desk.session().displayName());
}

void CaseDocumentsPanel::renderPreview()
{
    if (!m_record || m_forms->currentIndex() < 0)
        return;
    m_ready = false;
    m_signedPdf.clear();
    updateSignButton();
    m_status->setText(tr("Preparing the form…"));
    const ResidenceForm form = currentForm();
    const QVariantMap fields = currentFields();
    m_watcher.setProperty("generation", ++m_generation);
    // Rendering takes milliseconds but never blocks the window: QTextDocument and QPdfWriter run on a worker.
    m_watcher.setFuture(QtConcurrent::run([form, fields] { return FormRenderer::pdf(form, fields); }));
}

bool CaseDocumentsPanel::printTo(QPrinter& printer, QString* error)
{
    if (!m_record)
        return false;
    std::unique_ptr<QTextDocument> doc(FormRenderer::document(currentForm(), currentFields(), error));
    if (!doc)
        return false;
    printer.setPageLayout(FormRenderer::pageLayout());
    printer.setDocName(ResidenceForms::code(currentForm()) + QStringLiteral(" ") + m_record->summary.number);
    doc->print(&printer);
    return true;
}

bool CaseDocumentsPanel::saveTo(const QString& path, QString* error)
{
    if (!m_record)
        return false;
    if (!m_signedPdf.isEmpty()) { // the signed bytes as they are: rendering again would lose the signature
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_signedPdf) == m_signedPdf.size() && file.commit())
            return true;
        if (error)
            *error = tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
        return false;
    }
    return FormRenderer::writePdf(currentForm(), currentFields(), path, error);
}

void CaseDocumentsPanel::print()
{
    if (!m_record)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(ResidenceForms::displayName(currentForm())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printTo(printer, &error))
        m_status->setText(error);
    else
        m_status->setText(tr("Sent to the printer."));
}

void CaseDocumentsPanel::save()
{
    if (!m_record)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(ResidenceForms::code(currentForm()) + QStringLiteral("-") +
                                            m_record->summary.number + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save form as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(path, &error))
        m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(error);
}

} // namespace motcua::residence
