#include "LockScreen.h"

#include "Icons.h"
#include "InlineMessage.h"
#include "PasswordReveal.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::shell {

LockScreen::LockScreen(const QString& databasePath, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_databasePath(databasePath), m_clock(clock)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(440);
    panel->setMaximumWidth(520);

    auto* icon = new QLabel(panel);
    icon->setPixmap(shippedIcon(QLatin1String("system-lock-screen")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("This workstation is locked"), panel);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(panel);
    m_who->setObjectName(QStringLiteral("lockOperatorLabel"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    auto* note = new QLabel(tr("Your open work is kept. Enter your password to continue."), panel);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);

    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setPlaceholderText(tr("Password"));
    makePasswordField(m_password);
    auto* passwordLabel = new QLabel(tr("&Password:"), panel);
    passwordLabel->setBuddy(m_password);
    m_unlock = new QPushButton(shippedIcon(QLatin1String("dialog-ok-apply")), tr("&Unlock"), panel);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_switchUser = new QPushButton(shippedIcon(QLatin1String("system-switch-user")), tr("S&witch user"), panel);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setFlat(true);

    m_message = new InlineMessage(panel);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_busy = new QProgressBar(panel);
    m_busy->setObjectName(QStringLiteral("lockBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_unlock);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(icon);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_who);
    panelLayout->addWidget(note);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(passwordRow);
    panelLayout->addWidget(m_busy);
    panelLayout->addWidget(m_message);
    panelLayout->addWidget(m_switchUser, 0, Qt::AlignCenter);

    auto* outer = new QGridLayout(this);
    outer->addWidget(panel, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::attempt);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::attempt);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    connect(&m_watcher, &QFutureWatcher<SignInOutcome>::finished, this, &LockScreen::onChecked);
}

void LockScreen::setOperator(const QString& username, const QString& displayName)
{
    m_username = username;
    m_who->setText(tr("Signed in: %1 (%2)").arg(displayName, username));
}

void LockScreen::prepare()
{
    m_password->clear();
    m_message->clear();
    m_password->setFocus();
}

void LockScreen::attempt()
{
    if (m_watcher.isRunning())
        return;
    if (m_password->text().isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_message->clear();
    setBusy(true);
    m_watcher.setFuture(PasswordCheck::start(m_databasePath, m_clock, m_username, m_password->text()));
}

void LockScreen::onChecked()
{
    setBusy(false);
    const SignInOutcome outcome = m_watcher.result();
    m_password->clear();
    if (outcome.session) {
        emit unlocked(*outcome.session);
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Error, outcome.status.message());
    m_password->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_switchUser->setEnabled(!busy);
    if (!busy)
        m_password->setFocus();
}

} // namespace motcua::shell
