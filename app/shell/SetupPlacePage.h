#pragma once

#include <QWizardPage>

class QLineEdit;

namespace motcua::shell {

class SearchableComboBox;

/// Setup step 1: the workstation's name, the agency it belongs to and where it is (province, commune).
class SetupPlacePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupPlacePage(QWidget* parent = nullptr);
    bool isComplete() const override;

private:
    void fillCommunes();

    QLineEdit* m_workstation = nullptr;
    QLineEdit* m_agency = nullptr;
    SearchableComboBox* m_province = nullptr;
    SearchableComboBox* m_commune = nullptr;
};

} // namespace motcua::shell
