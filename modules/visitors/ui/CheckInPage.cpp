#include "CheckInPage.h"

#include "BadgePrinter.h"
#include "CardAccessCandidates.h"
#include "CardReading.h"
#include "CheckInService.h"
#include "Clock.h"
#include "HostDirectory.h"
#include "IdentityPanel.h"
#include "InvitationBook.h"
#include "ManualEntryBox.h"
#include "VerdictBadge.h"
#include "VisitHistory.h"
#include "VisitorRepository.h"
#include "VisitorsDesk.h"
#include "VisitorsSettings.h"
#include "Watchlist.h"
#include "WatchlistAlert.h"
#include "fallback/QrCodeParser.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace motcua::visitors {

namespace {
Verification verificationOf(const card::CitizenIdentity& identity)
{
    switch (shell::VerdictBadge::verdictOf(identity)) {
    case shell::VerdictBadge::Verdict::ChipVerified:
        return Verification::Chip;
    case shell::VerdictBadge::Verdict::UntrustedSigner:
        return Verification::UntrustedSigner;
    case shell::VerdictBadge::Verdict::Failed:
        return Verification::Failed;
    case shell::VerdictBadge::Verdict::None:
    case shell::VerdictBadge::Verdict::NotChipVerified:
        break;
    }
    return Verification::NotChipVerified;
}

QByteArray portraitBytes(const card::CitizenIdentity& identity)
{
    // Stored as JPEG re-encoded from the decoded image, so badges and screens never need a JPEG 2000 decoder.
    if (identity.portrait.image.isNull())
        return identity.portrait.data;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    identity.portrait.image.save(&buffer, "JPEG", 90);
    return bytes;
}
} // namespace

CheckInPage::CheckInPage(VisitorsDesk& desk, CardReading& cards, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_cards(cards)
{
    setObjectName(QStringLiteral("visitors.checkin"));
    m_readerStatus = new QLabel(this);
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("accessKeyEdit"));
    m_key->setPlaceholderText(tr("Scan the card's QR code, or type the ID number (12 digits, or its last 6)"));
    m_key->setClearButtonEnabled(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_manualButton = new QPushButton(tr("T&ype details"), this);
    m_manualButton->setObjectName(QStringLiteral("manualEntryButton"));
    m_identityPanel = new shell::IdentityPanel(this);
    m_manual = new ManualEntryBox(this);
    m_manual->hide();
    m_alert = new WatchlistAlert(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("checkInNote"));
    m_note->setWordWrap(true);

    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    m_host->setEditable(false);
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(5, 12 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    m_consentText = new QLabel(
        tr("Notice: your name, ID number, date of birth, sex, address and portrait are recorded to manage access to "
           "this building and kept for %1 days; you may ask to see or delete them.")
            .arg(desk.context().database ? VisitorsSettings::load(*desk.context().database).visitRetentionDays : 90),
        this);
    m_consentText->setObjectName(QStringLiteral("consentNotice"));
    m_consentText->setWordWrap(true);
    m_consent = new QCheckBox(tr("The visitor has read the notice and &consents"), this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_overrideReason = new QLineEdit(this);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setPlaceholderText(tr("The card failed verification: why do you let the person in?"));
    m_overrideReason->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_primary = new QPushButton(tr("Check &in (Enter)"), this);
    m_primary->setObjectName(QStringLiteral("checkInButton"));
    m_primary->setDefault(true);
    QFont big = m_primary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_primary->setFont(big);
    m_primary->setMinimumHeight(44);
    m_print = new QPushButton(tr("&Print badge"), this);
    m_print->setObjectName(QStringLiteral("printBadgeButton"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setEnabled(false);

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_manualButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_readerStatus);
    left->addLayout(keyRow);
    left->addWidget(m_progress);
    left->addWidget(m_identityPanel);
    left->addWidget(m_manual);
    left->addStretch();

    auto* visitBox = new QGroupBox(tr("Visit"), this);
    auto* form = new QFormLayout(visitBox);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("Expected &duration:"), m_duration);
    form->addRow(m_consentText);
    form->addRow(m_consent);
    form->addRow(m_overrideReason);
    auto* right = new QVBoxLayout;
    right->addWidget(m_alert);
    right->addWidget(m_note);
    right->addWidget(visitBox);
    right->addWidget(m_message);
    right->addWidget(m_primary);
    right->addWidget(m_print);
    right->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(&m_cards, &CardReading::readersChanged, this, &CheckInPage::onReadersChanged);
    connect(&m_cards, &CardReading::cardInserted, this, &CheckInPage::onCardInserted);
    connect(&m_cards, &CardReading::cardRemoved, this, [this] { m_cardHandled = false; });
    connect(&m_cards, &CardReading::readStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Reading the card…"));
        m_progress->show();
    });
    connect(&m_cards, &CardReading::progress, this, [this](const QString& file, qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_progress->setFormat(tr("Reading %1… %p%").arg(file));
    });
    connect(&m_cards, &CardReading::identityRead, this, &CheckInPage::onIdentity);
    connect(&m_cards, &CardReading::readFailed, this, &CheckInPage::onReadFailed);
    connect(m_key, &QLineEdit::returnPressed, this, &CheckInPage::onKeyEntered);
    connect(m_manualButton, &QPushButton::clicked, this, [this] {
        m_manual->setVisible(!m_manual->isVisible());
        if (m_manual->isVisible())
            m_manual->idEdit()->setFocus();
    });
    connect(m_manual, &ManualEntryBox::submitted, this, [this] {
        auto identity = m_manual->identity();
        if (!identity) {
            showMessage(identity.status().message(), true);
            return;
        }
        onIdentity(*identity);
    });
    connect(m_primary, &QPushButton::clicked, this, &CheckInPage::submit);
    connect(m_print, &QPushButton::clicked, this, &CheckInPage::printBadge);
    connect(m_alert, &WatchlistAlert::overrideRequested, this, &CheckInPage::onWatchlistOverride);
    connect(m_alert, &WatchlistAlert::turnedAway, this, &CheckInPage::onTurnedAway);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &CheckInPage::updatePrimary);
    connect(m_consent, &QCheckBox::toggled, this, &CheckInPage::updatePrimary);
    reloadHosts();
    onReadersChanged(m_cards.serviceAvailable(), m_cards.readerCount(), !m_cards.readerWithCard().isEmpty());
    resetForm(false);
}

void CheckInPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadHosts();
    m_cards.start();
    if (!m_identity)
        m_key->setFocus();
    // A card put down before the page was opened is read now, as if it had just been tapped (but not one this page
    // has read already: coming back to the page must not offer a check-out of the visitor just checked in).
    if (!m_identity && !m_cardHandled && !m_cards.readerWithCard().isEmpty())
        onCardInserted(m_cards.readerWithCard());
}

void CheckInPage::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_keyHandledEnter) {
        // The Enter a scanner types after the QR code (or after the access number) only fills the form.
        m_keyHandledEnter = false;
        return;
    }
    if (enter && focusWidget() != m_key && !m_alert->isAncestorOf(focusWidget()) &&
        !m_manual->isAncestorOf(focusWidget())) {
        submit();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        m_cards.cancel();
        resetForm(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void CheckInPage::reloadHosts()
{
    auto store = m_desk.store();
    if (!store)
        return;
    const QVariant current = m_host->currentData();
    m_host->clear();
    m_host->addItem(tr("(no host)"), 0);
    for (const Host& h : HostDirectory(**store).list())
        m_host->addItem(h.department.isEmpty() ? h.name : QStringLiteral("%1 — %2").arg(h.name, h.department), h.id);
    const int index = m_host->findData(current);
    m_host->setCurrentIndex(index < 0 ? 0 : index);
}

void CheckInPage::onReadersChanged(bool service, int readers, bool cardPresent)
{
    QString text;
    if (!service)
        text =
            tr("⚠ The card reader service is not running. Cards cannot be read; scan the QR code or type the details.");
    else if (readers == 0)
        text = tr("⚠ No card reader is connected. Plug one in — it is picked up by itself.");
    else if (cardPresent)
        text = tr("Card on the reader.");
    else
        text = tr("Reader ready: put the visitor's card on the reader.");
    m_readerStatus->setText(text);
}

QStringList CheckInPage::candidateCans() const
{
    // A typed or scanned number first; then the people the desk expects (inside, invited today, recent visitors).
    QStringList cans;
    if (!m_typedCan.isEmpty())
        cans << m_typedCan;
    auto store = const_cast<VisitorsDesk&>(m_desk).store();
    if (store)
        if (auto expected = CardAccessCandidates(**store).list(m_desk.session()))
            cans += *expected;
    cans.removeDuplicates();
    return cans;
}

void CheckInPage::onCardInserted(const QString& reader)
{
    if (!isVisible() || m_cards.isReading())
        return;
    m_cardHandled = true;
    m_cards.read(reader, candidateCans());
}

void CheckInPage::onKeyEntered()
{
    m_keyHandledEnter = true;
    const QString text = m_key->text().trimmed();
    if (text.contains(QLatin1Char('|'))) {
        // A keyboard-wedge scanner typed the card's QR code.
        auto identity = card::QrCodeParser::parse(text);
        m_key->clear();
        if (!identity) {
            showMessage(identity.status().message(), true);
            return;
        }
        // The QR code gives the ID number, so the CAN: a card on the reader (now or later) is read from the chip.
        const QString can = CardAccessCandidates::canOf(identity->holder.idNumber);
        onIdentity(*identity);
        m_typedCan = can;
        if (!can.isEmpty() && !m_cards.readerWithCard().isEmpty()) {
            m_cardHandled = true;
            m_cards.read(m_cards.readerWithCard(), {can});
        }
        return;
    }
    m_typedCan = CardAccessCandidates::canOf(text);
    if (m_typedCan.isEmpty()) {
        showMessage(tr("Type the ID number (12 digits, or its last 6), or scan the QR code."), true);
        return;
    }
    m_key->clear();
    if (!m_cards.readerWithCard().isEmpty()) {
        m_cardHandled = true;
        m_cards.read(m_cards.readerWithCard(), {m_typedCan});
    } else
        showMessage(tr("Now put the card on the reader."), false);
}

void CheckInPage::onReadFailed(const Status& status, bool needKey)
{
    m_progress->hide();
    if (needKey) {
        showMessage(tr("The card is not one the desk expects. Type the visitor's ID number (12 digits, or its last 6) "
                       "and press Enter, or scan the card's QR code."),
                    true);
        m_key->setFocus();
        return;
    }
    showMessage(tr("The card could not be read: %1 Scan the QR code or type the details.").arg(status.message()), true);
    m_manual->show();
    m_key->setFocus();
}

void CheckInPage::onIdentity(const card::CitizenIdentity& identity)
{
    m_progress->hide();
    auto store = m_desk.store();
    if (!store) {
        showMessage(store.status().message(), true);
        return;
    }
    const QString typedCan = m_typedCan; // the number typed or scanned still opens this person's card
    resetForm(false);
    m_typedCan = typedCan;
    m_identity = identity;
    m_manual->hide();
    const QDate today = m_desk.context().clock->today();
    m_identityPanel->setIdentity(identity, today);
    const QString id = identity.holder.idNumber;
    QStringList notes;
    if (m_identityPanel->showsExpiredCard())
        notes << tr("⚠ The card has expired.");
    const Verification verification = verificationOf(identity);
    m_overrideReason->setVisible(verification == Verification::Failed);

    VisitorRepository profiles((*store)->env(), (*store)->ids());
    CheckInService service(**store);
    m_openVisit = service.openVisitOf(id);
    if (m_openVisit) {
        notes << tr("Inside since %1 with badge %2. Press Enter to check out.")
                     .arg(m_openVisit->checkedInAt.toString(QStringLiteral("HH:mm")), m_openVisit->badgeNumber);
    } else {
        if (const auto profile = profiles.findByIdNumber(id)) {
            // Returning visitor: consent is on file; the last visit's host and purpose are the likely ones.
            m_consent->setChecked(true);
            notes << tr("Returning visitor: consent on file.");
            const QList<VisitRow> last = VisitHistory(**store).visitsOf(*profile);
            if (!last.isEmpty()) {
                const int index = m_host->findText(last.first().hostName, Qt::MatchStartsWith);
                if (index > 0)
                    m_host->setCurrentIndex(index);
                m_purpose->setText(last.first().purpose);
            }
        }
        if (const auto invitation = InvitationBook(**store).findValid(id)) {
            m_invitationId = invitation->id;
            const int index = m_host->findData(invitation->hostId);
            if (index >= 0)
                m_host->setCurrentIndex(index);
            m_purpose->setText(invitation->purpose);
            notes << tr("Invited by %1 until %2.")
                         .arg(invitation->hostName, invitation->validUntil.toString(QStringLiteral("HH:mm")));
        }
        VisitorIdentity who;
        who.idNumber = id;
        who.fullName = identity.holder.fullName;
        who.dateOfBirth = identity.holder.dateOfBirth;
        const QList<WatchlistHit> hits = Watchlist(**store).match(who);
        const bool exact = std::any_of(hits.begin(), hits.end(), [](const WatchlistHit& h) { return h.exact; });
        if (exact) {
            m_blockedBy = hits;
            m_alert->showHits(identity.holder.fullName, hits, m_desk.session().has(perm::Override));
        } else if (!hits.isEmpty()) {
            notes << tr("⚠ Same name and date of birth as a watchlist entry (%1). Check the person; check-in is "
                        "allowed.")
                         .arg(hits.first().reason);
        }
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    updatePrimary();
    if (!m_alert->isVisible())
        m_primary->setFocus();
}

void CheckInPage::updatePrimary()
{
    m_primary->setText(m_openVisit ? tr("Check &out (Enter)") : tr("Check &in (Enter)"));
    m_primary->setEnabled(m_identity.has_value() && (!m_alert->isVisible()));
}

void CheckInPage::submit()
{
    if (!m_identity || m_alert->isVisible())
        return;
    auto store = m_desk.store();
    if (!store) {
        showMessage(store.status().message(), true);
        return;
    }
    CheckInService service(**store);
    const Session session = m_desk.session();
    if (m_openVisit) {
        auto out = service.checkOutVisit(session, m_openVisit->visitId, CheckoutMethod::Card);
        if (!out) {
            showMessage(out.status().message(), true);
            return;
        }
        resetForm(true);
        showMessage(tr("Checked out: %1 (badge %2).").arg(out->fullName, out->badgeNumber), false);
        emit m_desk.visitsChanged();
        return;
    }
    CheckInRequest request;
    const card::HolderData& h = m_identity->holder;
    request.identity = {h.idNumber,
                        h.fullName,
                        h.dateOfBirth,
                        h.sex,
                        h.placeOfResidence,
                        portraitBytes(*m_identity),
                        h.expiryDate.value_or(QDate())};
    request.verification = verificationOf(*m_identity);
    request.hostId = m_host->currentData().toLongLong();
    request.purpose = m_purpose->text();
    request.expectedMinutes = m_duration->value();
    request.consentGiven = m_consent->isChecked();
    request.overrideReason = m_watchlistOverrideReason.isEmpty() ? m_overrideReason->text() : m_watchlistOverrideReason;
    request.overrideWatchlist = !m_watchlistOverrideReason.isEmpty();
    request.invitationId = m_invitationId;
    request.desk = m_desk.deskName();
    auto result = service.checkIn(session, request);
    if (!result) {
        showMessage(result.status().message(), true);
        return;
    }
    m_lastVisitId = result->visitId;
    resetForm(true);
    showMessage(result->alreadyInside
                    ? tr("Already checked in (badge %1): another desk registered this visit.").arg(result->badgeNumber)
                    : tr("Checked in — badge %1. Print the badge with Ctrl+P.").arg(result->badgeNumber),
                false);
    m_print->setEnabled(true);
    emit m_desk.visitsChanged();
}

void CheckInPage::onWatchlistOverride(const QString& reason)
{
    if (reason.isEmpty()) {
        showMessage(tr("Write the reason for letting this person in."), true);
        return;
    }
    m_watchlistOverrideReason = reason;
    m_alert->hide();
    updatePrimary();
    submit();
}

void CheckInPage::onTurnedAway()
{
    if (auto store = m_desk.store())
        (void)CheckInService(**store).recordWatchlistBlock(m_desk.session(), m_blockedBy);
    resetForm(true);
    showMessage(tr("The person was turned away; the event is in the logbook."), false);
}

void CheckInPage::printBadge()
{
    if (!m_lastVisitId)
        return;
    BadgePrinter::print(m_desk, m_lastVisitId, this,
                        [this](const QString& message, bool error) { showMessage(message, error); });
}

void CheckInPage::resetForm(bool keepMessage)
{
    m_identity.reset();
    m_openVisit.reset();
    m_invitationId = 0;
    m_blockedBy.clear();
    m_watchlistOverrideReason.clear();
    m_typedCan.clear();
    m_identityPanel->clear();
    m_alert->hide();
    m_note->clear();
    m_purpose->clear();
    m_duration->setValue(60);
    m_host->setCurrentIndex(0);
    m_consent->setChecked(false);
    m_overrideReason->clear();
    m_overrideReason->hide();
    m_manual->clear();
    m_progress->hide();
    if (!keepMessage)
        m_message->clear();
    updatePrimary();
    m_key->setFocus();
}

void CheckInPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }")
                                   : QStringLiteral("QLabel { color: #1e7b34; font-weight: bold; }"));
}

} // namespace motcua::visitors
