#include "IdentityPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace motcua::shell {

IdentityPanel::IdentityPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("identityPanel"));
    m_portrait = new QLabel(this);
    m_portrait->setObjectName(QStringLiteral("identityPortrait"));
    m_portrait->setFixedSize(120, 160);
    m_portrait->setAlignment(Qt::AlignCenter);
    m_portrait->setFrameShape(QFrame::StyledPanel);
    m_badge = new VerdictBadge(this);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("identityWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #7a1812; font-weight: bold; }"));
    m_warning->hide();

    auto* fields = new QWidget(this);
    m_form = new QFormLayout(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_name = addField(QStringLiteral("identityName"), tr("Full name:"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_id = addField(QStringLiteral("identityIdNumber"), tr("ID number:"));
    m_birth = addField(QStringLiteral("identityBirth"), tr("Date of birth:"));
    m_sex = addField(QStringLiteral("identitySex"), tr("Sex:"));
    m_residence = addField(QStringLiteral("identityResidence"), tr("Place of residence:"));
    m_expiry = addField(QStringLiteral("identityExpiry"), tr("Card valid until:"));

    auto* right = new QVBoxLayout;
    right->addWidget(m_badge, 0, Qt::AlignLeft);
    right->addWidget(fields);
    right->addWidget(m_warning);
    right->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_portrait, 0, Qt::AlignTop);
    layout->addLayout(right, 1);
    clear();
}

QLabel* IdentityPanel::addField(const QString& objectName, const QString& label)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void IdentityPanel::clear()
{
    m_portrait->setPixmap({});
    m_portrait->setText(tr("No portrait"));
    for (QLabel* l : {m_name, m_id, m_birth, m_sex, m_residence, m_expiry})
        l->setText(QStringLiteral("—"));
    m_badge->setVerdict(VerdictBadge::Verdict::None);
    m_warning->hide();
    m_expired = false;
}

void IdentityPanel::setIdentity(const card::CitizenIdentity& identity, const QDate& today)
{
    card::HolderData holder = identity.holder;
    // Only the chip can say "no expiry"; from the QR code or typed, the expiry is simply unknown.
    if (identity.source != card::CitizenIdentity::Source::Chip && !holder.expiryDate.has_value())
        holder.expiryDate = QDate();
    setFields(holder, identity.portrait.image, VerdictBadge::verdictOf(identity), today);
}

void IdentityPanel::setFields(const card::HolderData& holder, const QImage& portrait, VerdictBadge::Verdict verdict,
                              const QDate& today)
{
    clear();
    if (!portrait.isNull())
        m_portrait->setPixmap(QPixmap::fromImage(
            portrait.scaled(m_portrait->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_name->setText(holder.fullName);
    m_id->setText(holder.idNumber);
    m_birth->setText(holder.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
    m_sex->setText(holder.sex == QLatin1String("M")   ? tr("Male")
                   : holder.sex == QLatin1String("F") ? tr("Female")
                                                      : QStringLiteral("—"));
    m_residence->setText(holder.placeOfResidence.isEmpty() ? QStringLiteral("—") : holder.placeOfResidence);
    if (!holder.expiryDate.has_value())
        m_expiry->setText(tr("No expiry"));
    else if (holder.expiryDate->isValid())
        m_expiry->setText(holder.expiryDate->toString(QStringLiteral("dd/MM/yyyy")));
    m_badge->setVerdict(verdict);
    m_expired = holder.expiryDate.has_value() && holder.expiryDate->isValid() && *holder.expiryDate < today;
    if (m_expired) {
        m_warning->setText(tr("⚠ This card expired on %1. Ask for a valid document.")
                               .arg(holder.expiryDate->toString(QStringLiteral("dd/MM/yyyy"))));
        m_warning->show();
    }
}

} // namespace motcua::shell
