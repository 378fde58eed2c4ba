#pragma once

#include "CitizenIdentity.h"
#include "VisitorTypes.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace motcua::shell {
class IdentityPanel;
}

namespace motcua::visitors {

class CardReading;
class ManualEntryBox;
class VisitorsDesk;
class WatchlistAlert;

/// The front desk's main screen. The identity fills in by itself when a card is put on the reader (or the
/// QR code is scanned, or details are typed) with the verdict shown plainly; host, purpose and duration are
/// pre-filled for invited and returning visitors, so their whole check-in is card tap → Enter. Tapping the
/// card of someone inside offers the check-out instead.
class CheckInPage : public QWidget
{
    Q_OBJECT
public:
    CheckInPage(VisitorsDesk& desk, CardReading& cards, QWidget* parent = nullptr);

    /// Runs the primary action: check in, or check out when the visitor is inside.
    void submit();
    /// The visit of the last successful check-in (for printing its badge).
    qint64 lastVisitId() const { return m_lastVisitId; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void onReadersChanged(bool service, int readers, bool cardPresent);
    void onCardInserted(const QString& reader);
    void onKeyEntered();
    void onIdentity(const card::CitizenIdentity& identity);
    void onReadFailed(const Status& status, bool needKey);
    void onWatchlistOverride(const QString& reason);
    void onTurnedAway();
    void printBadge();
    void reloadHosts();
    void resetForm(bool keepMessage);
    void showMessage(const QString& text, bool error);
    QStringList candidateCans() const;
    void updatePrimary();

    VisitorsDesk& m_desk;
    CardReading& m_cards;
    QLabel* m_readerStatus = nullptr;
    QLineEdit* m_key = nullptr;
    QProgressBar* m_progress = nullptr;
    shell::IdentityPanel* m_identityPanel = nullptr;
    ManualEntryBox* m_manual = nullptr;
    QPushButton* m_manualButton = nullptr;
    WatchlistAlert* m_alert = nullptr;
    QLabel* m_note = nullptr;
    QComboBox* m_host = nullptr;
    QLineEdit* m_purpose = nullptr;
    QSpinBox* m_duration = nullptr;
    QLabel* m_consentText = nullptr;
    QCheckBox* m_consent = nullptr;
    QLineEdit* m_overrideReason = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_primary = nullptr;
    QPushButton* m_print = nullptr;

    std::optional<card::CitizenIdentity> m_identity;
    QString m_typedCan;
    qint64 m_invitationId = 0;
    std::optional<VisitRow> m_openVisit;
    QList<WatchlistHit> m_blockedBy;
    QString m_watchlistOverrideReason;
    qint64 m_lastVisitId = 0;
    bool m_keyHandledEnter = false; // the key field consumed this Enter (a scan ends with one)
    bool m_cardHandled = false;     // the card now on the reader was read by this page (until it is lifted)
};

} // namespace motcua::visitors
