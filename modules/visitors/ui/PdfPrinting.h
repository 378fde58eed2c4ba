#pragma once

#include <QString>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace motcua::visitors {

/// Printing of the desk's documents (badge, evacuation list, duty logbook) with one drawing code path: the PDF that
/// VisitorDocuments writes is the drawing, and the print preview and the printer get its pages rendered by Qt PDF.
/// What is printed is exactly what was saved.
class PdfPrinting
{
public:
    /// Draws every page of `pdfFile` on `printer`, page size and orientation taken from the PDF, rendered at the
    /// printer's resolution (at most 300 dpi). False when the file cannot be loaded or the printer not started.
    static bool printPdf(const QString& pdfFile, QPrinter& printer);
    /// Opens a print preview of `pdfFile` (window-modal, not blocking, deleted when closed); the operator prints
    /// from it (Print button → the system print dialog).
    static QPrintPreviewDialog* openPreview(const QString& pdfFile, const QString& title, QWidget* parent);
};

} // namespace motcua::visitors
