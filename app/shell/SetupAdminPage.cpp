#include "SetupAdminPage.h"

#include "AccountService.h"
#include "InlineMessage.h"
#include "PasswordReveal.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace motcua::shell {

SetupAdminPage::SetupAdminPage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupAdminPage"));
    setTitle(tr("First administrator"));
    setSubTitle(tr("This account manages the workstation and creates the accounts of the other staff."));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_username->setPlaceholderText(tr("For example: admin"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("adminDisplayNameEdit"));
    m_displayName->setPlaceholderText(tr("For example: Nguyễn Văn An"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    makePasswordField(m_password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("adminPasswordConfirmEdit"));
    makePasswordField(m_confirm);
    m_hint = new InlineMessage(this);
    m_hint->setObjectName(QStringLiteral("adminHint"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    auto* rules =
        new QLabel(tr("The password needs at least %1 characters.").arg(AccountService::kMinPasswordLength), this);
    rules->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    registerField(QStringLiteral("adminUsername*"), m_username);
    registerField(QStringLiteral("adminDisplayName"), m_displayName);
    registerField(QStringLiteral("adminPassword*"), m_password);
    for (QLineEdit* edit : {m_username, m_displayName, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &SetupAdminPage::updateHint);
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
}

QString SetupAdminPage::problem() const
{
    const QString username = m_username->text().trimmed().toLower();
    if (username.isEmpty())
        return {};
    if (Status s = AccountService::validateUsername(username); !s)
        return s.message();
    if (m_password->text().isEmpty())
        return {};
    if (Status s = AccountService::validatePassword(m_password->text()); !s)
        return s.message();
    if (!m_confirm->text().isEmpty() && m_confirm->text() != m_password->text())
        return tr("The two passwords are different. Type the same password twice.");
    return {};
}

void SetupAdminPage::updateHint()
{
    const QString text = problem();
    if (text.isEmpty())
        m_hint->clear();
    else
        m_hint->showMessage(InlineMessage::Kind::Warning, text);
}

bool SetupAdminPage::isComplete() const
{
    return problem().isEmpty() && !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
           m_confirm->text() == m_password->text();
}

} // namespace motcua::shell
