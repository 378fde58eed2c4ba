#pragma once

#include "CertificationDocuments.h"
#include "IModule.h"
#include "PageImport.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPdfDocument;
class QLineEdit;
class QListWidget;
class QPushButton;
class QProgressBar;
class QSpinBox;

namespace motcua::card {
class CardService;
struct CitizenIdentity;
} // namespace motcua::card

namespace motcua::certification {

class CertifyJob;
class KeyChooser;

/// The certification flow on one screen: requester, document, the original's pages (import, rotate, reorder,
/// delete; counted, fee shown), the six refusal grounds, the two keys (file or token), then "Certify and sign"
/// (Enter): the PINs are asked here, the signing runs on a worker with progress per step and Cancel.
class CertifyPage : public QWidget
{
    Q_OBJECT
public:
    explicit CertifyPage(const ModuleContext& context, QWidget* parent = nullptr);

    void addFiles(const QStringList& paths);
    const QList<PageItem>& pages() const { return m_pages; }
    /// The running certification, if any (tests wait on its finished()).
    CertifyJob* job() const { return m_job; }

private:
    QIcon thumbnail(const PageItem& item);
    void refreshPages();
    void updateState();
    void moveSelected(int delta);
    void certify();
    void refuse();
    void onJobFinished();
    void setBusy(bool busy);
    void readCard();
    void onCardRead(const card::CitizenIdentity& identity);
    void printReceipt();
    void printFile(const QString& path);
    DocumentHeader documentHeader() const;

    ModuleContext m_context;
    QList<PageItem> m_pages;
    QLineEdit* m_requester;
    QLineEdit* m_idNumber;
    QComboBox* m_document;
    QLineEdit* m_issuer;
    QSpinBox* m_copies;
    QComboBox* m_book;
    QListWidget* m_pageList;
    QLabel* m_fee;
    QList<QCheckBox*> m_grounds;
    KeyChooser* m_officerKey;
    KeyChooser* m_agencyKey;
    QPushButton* m_readCard;
    QPushButton* m_certify;
    QPushButton* m_cancel;
    QPushButton* m_receipt;
    QProgressBar* m_progress;
    CertifyJob* m_job = nullptr;
    card::CardService* m_cardService = nullptr;
    RegisterEntry m_lastEntry;
    QPushButton* m_refuse;
    QLabel* m_message;
    QHash<QString, QPdfDocument*> m_pdfs;
};

} // namespace motcua::certification
