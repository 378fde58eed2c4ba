#include "FormRenderer.h"

#include "DocumentFonts.h"
#include "FormTemplate.h"
#include "QrCode.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <memory>

namespace motcua::residence::documents {

namespace {

// Margins of Vietnamese administrative documents (Decree 30/2020): top and bottom 20 mm, left 30 mm, right 15 mm.
const QMarginsF kMarginsMm(30, 20, 15, 20);
constexpr int kResolution = 300;
constexpr double kBodyPointSize = 12.5;

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter);
}

bool print(QTextDocument& doc, const QString& title, QIODevice* device)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(a4Layout());
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Một Cửa Workstation"));
    doc.print(&writer);
    return true;
}

} // namespace

QPageLayout FormRenderer::pageLayout()
{
    return a4Layout();
}

QString FormRenderer::html(ResidenceForm form, const QVariantMap& fields)
{
    const QString text = FormTemplate::load(ResidenceForms::templateFile(form));
    if (text.isEmpty())
        return {};
    QVariantMap all = fields;
    all.insert(QStringLiteral("form_code"), ResidenceForms::code(form));
    return FormTemplate::fill(text, all);
}

QTextDocument* FormRenderer::document(ResidenceForm form, const QVariantMap& fields, QString* error)
{
    const QString filled = html(form, fields);
    if (filled.isEmpty()) {
        if (error)
            *error = tr("The template of form %1 is missing; ask the administrator to restore it.")
                         .arg(ResidenceForms::code(form));
        return nullptr;
    }
    auto* doc = new QTextDocument;
    doc->setDefaultFont(motcua::documents::DocumentFonts::serif(kBodyPointSize));
    doc->setDocumentMargin(0);
    // The page in the document's logical units (pixels at the default 96 dpi); QTextDocument::print() scales it to
    // the printer, and a set page size stops it from adding its own margins and page numbers.
    const QRectF paintPt = a4Layout().paintRect(QPageLayout::Point);
    doc->setPageSize(QSizeF(paintPt.width() * 96.0 / 72.0, paintPt.height() * 96.0 / 72.0));
    const QString qrText = fields.value(QStringLiteral("qr"), fields.value(QStringLiteral("case_number"))).toString();
    if (!qrText.isEmpty()) {
        const motcua::documents::QrCode code = motcua::documents::QrCode::encode(qrText.toUtf8());
        if (code.isValid())
            // One-bit image: stored losslessly in the PDF (never JPEG), so it scans.
            doc->addResource(QTextDocument::ImageResource, QUrl(qrUrl()),
                             code.toImage(8).convertToFormat(QImage::Format_Mono, Qt::ThresholdDither));
    }
    doc->setHtml(filled);
    return doc;
}

QByteArray FormRenderer::pdf(ResidenceForm form, const QVariantMap& fields, QString* error)
{
    std::unique_ptr<QTextDocument> doc(document(form, fields, error));
    if (!doc)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    print(*doc, ResidenceForms::displayName(form), &buffer);
    buffer.close();
    return bytes;
}

bool FormRenderer::writePdf(ResidenceForm form, const QVariantMap& fields, const QString& path, QString* error)
{
    std::unique_ptr<QTextDocument> doc(document(form, fields, error));
    if (!doc)
        return false;
    QSaveFile file(path); // writes a temporary file and renames it on commit()
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
        return false;
    }
    print(*doc, ResidenceForms::displayName(form), &file);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace motcua::residence::documents
