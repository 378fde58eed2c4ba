#pragma once

#include "ResidenceForm.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QVariantMap>

class QTextDocument;

namespace motcua::residence::documents {

/// Renders a residence form to an A4 PDF: the form's HTML template (FormTemplate) filled from a plain QVariantMap,
/// laid out by Qt's rich-text engine (QTextDocument) and written by QPdfWriter with the bundled Liberation Serif,
/// so Vietnamese diacritics embed and a page takes milliseconds. Safe to call on a worker thread.
///
/// The QR code: a template's <img src="motcua://qr"> shows the QR of fields["qr"], or of fields["case_number"]
/// when "qr" is absent (CT04 prints the case number this way).
class FormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::documents::FormRenderer)

public:
    /// The filled HTML (the template with every field escaped).
    static QString html(ResidenceForm form, const QVariantMap& fields);
    /// Writes the PDF to a temporary file beside `path` and renames it into place, so a reader never sees a
    /// half-written file. False with a translated message in `error` when the template is missing or the file
    /// cannot be written.
    static bool writePdf(ResidenceForm form, const QVariantMap& fields, const QString& path, QString* error = nullptr);
    /// The same document in memory (for previews and printing).
    static QByteArray pdf(ResidenceForm form, const QVariantMap& fields, QString* error = nullptr);
    /// The laid-out document, for printing on a QPrinter with QTextDocument::print(). The caller owns it.
    static QTextDocument* document(ResidenceForm form, const QVariantMap& fields, QString* error = nullptr);
    /// A4 portrait with the margins of administrative documents (for printers too).
    static QPageLayout pageLayout();
    /// The URL the QR image is registered under in the document.
    static QString qrUrl() { return QStringLiteral("motcua://qr"); }
};

} // namespace motcua::residence::documents
