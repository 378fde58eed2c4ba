#include "ManualEntryBox.h"

#include "fallback/IdNumberValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace motcua::visitors {

ManualEntryBox::ManualEntryBox(QWidget* parent) : QGroupBox(tr("Type the details from the card"), parent)
{
    setObjectName(QStringLiteral("manualEntry"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("manualIdEdit"));
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_id));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("manualNameEdit"));
    m_birth = new QDateEdit(this);
    m_birth->setObjectName(QStringLiteral("manualBirthEdit"));
    m_birth->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_birth->setDate(QDate(1990, 1, 1));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("manualSexCombo"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_residence = new QLineEdit(this);
    m_residence->setObjectName(QStringLiteral("manualResidenceEdit"));
    auto* use = new QPushButton(tr("&Use these details"), this);
    use->setObjectName(QStringLiteral("manualUseButton"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("ID number:"), m_id);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Date of birth:"), m_birth);
    form->addRow(tr("Sex:"), m_sex);
    form->addRow(tr("Place of residence:"), m_residence);
    form->addRow(QString(), use);
    connect(use, &QPushButton::clicked, this, &ManualEntryBox::submitted);
}

Result<card::CitizenIdentity> ManualEntryBox::identity() const
{
    card::CitizenIdentity identity;
    identity.source = card::CitizenIdentity::Source::Manual;
    identity.holder.idNumber = m_id->text().trimmed();
    identity.holder.fullName = m_name->text().simplified();
    identity.holder.dateOfBirth = m_birth->date();
    identity.holder.sex = m_sex->currentData().toString();
    identity.holder.placeOfResidence = m_residence->text().simplified();
    identity.holder.expiryDate = QDate(); // unknown
    if (Status s = card::IdNumberValidator::validate(identity.holder.idNumber, identity.holder.dateOfBirth,
                                                     identity.holder.sex);
        !s)
        return s;
    if (identity.holder.fullName.isEmpty())
        return Status(Status::Code::InputRejected, tr("Enter the visitor's full name."));
    return identity;
}

void ManualEntryBox::clear()
{
    m_id->clear();
    m_name->clear();
    m_residence->clear();
}

void ManualEntryBox::setIdNumber(const QString& id)
{
    m_id->setText(id);
}

} // namespace motcua::visitors
