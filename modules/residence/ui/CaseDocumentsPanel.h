#pragma once

#include "ResidenceForm.h"
#include "ResidenceTypes.h"

#include <QFutureWatcher>
#include <QWidget>

class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;

namespace motcua::residence {

class ResidenceDesk;

/// The printed forms of one case: choose a form, preview it (rendered on a worker, shown in a Qt PDF view),
/// print it (QPrintDialog) or save it as PDF.
class CaseDocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDocumentsPanel(ResidenceDesk& desk, QWidget* parent = nullptr);
    ~CaseDocumentsPanel() override;

    void setCase(const CaseRecord& record);
    void clear();
    /// Selects a form when the case has it; false otherwise.
    bool selectForm(documents::ResidenceForm form);
    documents::ResidenceForm currentForm() const;
    /// Prints the selected form on `printer` (the dialog's, or a PDF printer in tests).
    bool printTo(QPrinter& printer, QString* error = nullptr);
    /// Saves the selected form as a PDF file.
    bool saveTo(const QString& path, QString* error = nullptr);
    /// Asks for a printer (QPrintDialog) and prints the selected form. Hosts bind Ctrl+P to it.
    void print();
    /// True once the preview of the selected form is shown.
    bool previewReady() const;
    /// The police unit's PKCS#12 key file from the settings (empty: no signing offered).
    QString keyFile() const;
    /// Asks the key's password (GUI thread) and signs the selected form on a worker.
    void sign();
    /// Renders and signs the selected form with the configured key on a worker (tests pass the password).
    void signWith(const QString& password);
    /// True while the signed form is shown (Save as PDF then writes the signed bytes).
    bool isSignedShown() const { return !m_signedPdf.isEmpty(); }
    bool signingRunning() const { return m_signWatcher.isRunning(); }

signals:
    void previewShown(documents::ResidenceForm form);

private:
    void renderPreview();
    void showPdf(const QByteArray& bytes);
    void updateSignButton();
    void save();
    QVariantMap currentFields() const;

    ResidenceDesk& m_desk;
    std::optional<CaseRecord> m_record;
    QComboBox* m_forms = nullptr;
    QPdfView* m_view = nullptr;
    QPdfDocument* m_pdf = nullptr;
    QBuffer* m_buffer = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_sign = nullptr;
    QFutureWatcher<QPair<QByteArray, QString>> m_signWatcher; // signed bytes, or the reason it failed
    QByteArray m_signedPdf;
    QFutureWatcher<QByteArray> m_watcher;
    int m_generation = 0;
    bool m_ready = false;
};

} // namespace motcua::residence
