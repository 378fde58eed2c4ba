#pragma once

#include "IModule.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPdfDocument;
class QTableWidget;

namespace motcua::certification {

/// Open or drop any PDF and see each signature (signer, time, verdict, whole document, PAdES level, time-stamp);
/// look up a certification number or a scanned QR in the local register. The document is shown with Qt PDF.
class VerificationPage : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPage(const ModuleContext& context, QWidget* parent = nullptr);

    /// Verifies the file and fills the table (also what a drop does).
    void openFile(const QString& path);
    void lookUp(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    ModuleContext m_context;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLineEdit* m_lookup;
    QLabel* m_lookupResult;
    QPdfDocument* m_document;
};

} // namespace motcua::certification
