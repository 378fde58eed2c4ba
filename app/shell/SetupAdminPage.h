#pragma once

#include <QWizardPage>

class QLineEdit;

namespace motcua::shell {

class InlineMessage;

/// Setup step 2: the first administrator, with the core's rules for user names and passwords.
class SetupAdminPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupAdminPage(QWidget* parent = nullptr);
    bool isComplete() const override;

private:
    QString problem() const;
    void updateHint();

    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    InlineMessage* m_hint = nullptr;
};

} // namespace motcua::shell
