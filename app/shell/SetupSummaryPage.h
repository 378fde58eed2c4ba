#pragma once

#include <QWizardPage>

class QLabel;

namespace motcua::shell {

class InlineMessage;

/// Setup step 3: what will be created, and what went wrong if creating failed.
class SetupSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupSummaryPage(const QString& databasePath, QWidget* parent = nullptr);
    void initializePage() override;
    void showError(const QString& message);

private:
    QString m_databasePath;
    QLabel* m_summary = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace motcua::shell
