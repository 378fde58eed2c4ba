#include "LoginDialog.h"

#include "Icons.h"
#include "InlineMessage.h"
#include "PasswordReveal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::shell {

LoginDialog::LoginDialog(const QString& databasePath, const Clock& clock, const QString& placeName, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_clock(clock)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in – Một Cửa Workstation"));
    setWindowIcon(applicationIcon());
    setMinimumWidth(420);

    auto* logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(56, 56));
    auto* title = new QLabel(tr("Sign in"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* place = new QLabel(placeName, this);
    place->setObjectName(QStringLiteral("placeLabel"));
    place->setWordWrap(true);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(place);
    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    makePasswordField(m_password);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<SignInOutcome>::finished, this, &LoginDialog::onChecked);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signIn);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

bool LoginDialog::isBusy() const
{
    return m_watcher.isRunning();
}

void LoginDialog::attempt()
{
    if (isBusy())
        return;
    if (m_username->text().trimmed().isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_message->clear();
    setBusy(true);
    m_watcher.setFuture(PasswordCheck::start(m_databasePath, m_clock, m_username->text(), m_password->text()));
}

void LoginDialog::onChecked()
{
    setBusy(false);
    SignInOutcome outcome = m_watcher.result();
    if (outcome.session) {
        m_session = outcome.session;
        m_password->clear();
        accept();
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Error, outcome.status.message());
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace motcua::shell
