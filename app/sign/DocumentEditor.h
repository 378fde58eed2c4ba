#pragma once

#include "IncrementalUpdate.h"
#include "Status.h"

#include <QRectF>
#include <QStringList>

#include <memory>

namespace motcua::sign {

/// Reads a PDF's structure with PoDoFo (pages, catalog, form fields, trailer) and writes the few objects a new
/// signature field changes into an incremental update. It never rewrites the original bytes.
class DocumentEditor
{
public:
    DocumentEditor();
    ~DocumentEditor();

    /// Parses `pdf`; encrypted, empty and unreadable files are refused (code 8) with a translated message.
    Status open(const QByteArray& pdf);

    int pageCount() const;
    /// "N G R" of a page (0-based) and its media box in points.
    QByteArray pageReference(int index) const;
    QRectF pageBox(int index) const;
    /// Names (/T) of the existing form fields, to pick a new unique one.
    QStringList fieldNames() const;
    /// The first object number free for new objects.
    int nextObjectNumber() const;
    /// Trailer entries the update repeats: /Root, /Info, /ID.
    QByteArray trailerEntries() const;
    /// Whether the document has a /DSS (validation data: B-LT).
    bool hasDss() const;

    /// Adds widget `widgetRef` to the page's /Annots and to the AcroForm's /Fields (with /SigFlags 3), and the
    /// ETSI_PAdES developer extension to the catalog, writing each changed object into `update`.
    Status addSignatureField(IncrementalUpdate& update, int pageIndex, const QByteArray& widgetRef);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// A PDF string literal (UTF-16BE with BOM when not ASCII) as PoDoFo writes it.
QByteArray pdfTextString(const QString& text);

} // namespace motcua::sign
