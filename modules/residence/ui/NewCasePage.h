#pragma once

#include "CitizenIdentity.h"
#include "ResidenceTypes.h"
#include "Status.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace motcua::card {
class CardService;
}

namespace motcua::shell {
class InlineMessage;
class VerdictBadge;
} // namespace motcua::shell

namespace motcua::residence {

class CaseDocumentsPanel;
class ResidenceDesk;

/// Intake of a new case: the procedure, the declarant read from the chip card (or typed), the CT01 fields (all
/// editable), the members moving together, the consent of the household head / owner (paper or VNeID), fee and
/// deadline shown as they change. Receiving stores the case and shows its receipt (CT04) to print.
class NewCasePage : public QWidget
{
    Q_OBJECT

public:
    explicit NewCasePage(ResidenceDesk& desk, QWidget* parent = nullptr);
    ~NewCasePage() override;

    /// The intake as typed (for tests and for receive()).
    CaseIntake intake() const;
    /// Stores the case; on success shows its CT04 and clears the form for the next citizen.
    bool receive();
    void readCard();
    CaseDocumentsPanel* documents() const { return m_documents; }
    qint64 lastCaseId() const { return m_lastCaseId; }

signals:
    void caseReceived(qint64 caseId, const QString& number);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateProcedure();
    void updateFeeAndDeadline();
    void fillDeclarant(const card::CitizenIdentity& identity);
    void addMember(const MovingMember& member = {});
    void clearForm();
    QWidget* buildCard();
    QWidget* buildDeclarant();
    QWidget* buildProcedure();
    QWidget* buildMembers();
    QWidget* buildConsent();

    ResidenceDesk& m_desk;
    card::CardService* m_cards = nullptr;
    qint64 m_lastCaseId = 0;
    bool m_cardPresent = false;

    QComboBox* m_procedure = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_byList = nullptr;
    QCheckBox* m_inDatabase = nullptr;
    QLabel* m_feeDue = nullptr;

    QLineEdit* m_can = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_cancelRead = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_cardStatus = nullptr;
    shell::VerdictBadge* m_badge = nullptr;

    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_fullName = nullptr;
    QDateEdit* m_birth = nullptr;
    QCheckBox* m_newborn = nullptr; // a newborn: the birth registration date counts the 60 days
    QDateEdit* m_birthRegistered = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_headName = nullptr;
    QLineEdit* m_relationship = nullptr;
    QLineEdit* m_headId = nullptr;
    QLineEdit* m_request = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_house = nullptr;
    QDateEdit* m_periodFrom = nullptr;
    QDateEdit* m_periodTo = nullptr;
    QLineEdit* m_destination = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_ground = nullptr; // deletions: the legal ground (DeletionGrounds)
    QWidget* m_periodRow = nullptr;

    QTableWidget* m_members = nullptr;
    QComboBox* m_headConsent = nullptr;
    QLineEdit* m_headConsentRef = nullptr;
    QComboBox* m_ownerConsent = nullptr;
    QLineEdit* m_ownerName = nullptr;
    QLineEdit* m_ownerId = nullptr;
    QLineEdit* m_ownerConsentRef = nullptr;

    QPushButton* m_receive = nullptr;
    shell::InlineMessage* m_message = nullptr;
    CaseDocumentsPanel* m_documents = nullptr;
};

} // namespace motcua::residence
