#pragma once

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
class QSpinBox;

namespace motcua::certification {

/// The certification flow on one screen: requester, document, the original's pages (import, rotate, reorder,
/// delete; counted, fee shown), the six refusal grounds, the two keys, then "Certify and sign" (Enter).
class CertifyPage : public QWidget
{
    Q_OBJECT
public:
    explicit CertifyPage(const ModuleContext& context, QWidget* parent = nullptr);

    void addFiles(const QStringList& paths);
    const QList<PageItem>& pages() const { return m_pages; }

private:
    QIcon thumbnail(const PageItem& item);
    void refreshPages();
    void updateState();
    void moveSelected(int delta);
    void certify();
    void refuse();

    ModuleContext m_context;
    QList<PageItem> m_pages;
    QLineEdit* m_requester;
    QLineEdit* m_idNumber;
    QComboBox* m_document;
    QLineEdit* m_issuer;
    QSpinBox* m_copies;
    QListWidget* m_pageList;
    QLabel* m_fee;
    QList<QCheckBox*> m_grounds;
    QLineEdit* m_officerKey;
    QLineEdit* m_officerPassword;
    QLineEdit* m_agencyKey;
    QLineEdit* m_agencyPassword;
    QPushButton* m_certify;
    QPushButton* m_refuse;
    QLabel* m_message;
    QHash<QString, QPdfDocument*> m_pdfs;
};

} // namespace motcua::certification
