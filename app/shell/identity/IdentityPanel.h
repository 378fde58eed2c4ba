#pragma once

#include "CitizenIdentity.h"
#include "VerdictBadge.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace motcua::shell {

/// A citizen identity as read at the desk: portrait, name, ID number, date of birth, sex, address, card expiry
/// and the verdict badge. Read-only; modules embed it in their own screens. Shows an expired card plainly.
class IdentityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityPanel(QWidget* parent = nullptr);

    void setIdentity(const card::CitizenIdentity& identity, const QDate& today);
    /// Shows stored data (a returning visitor) with an explicit verdict.
    void setFields(const card::HolderData& holder, const QImage& portrait, VerdictBadge::Verdict verdict,
                   const QDate& today);
    void clear();
    VerdictBadge* badge() const { return m_badge; }
    bool showsExpiredCard() const { return m_expired; }

private:
    QLabel* addField(const QString& objectName, const QString& label);

    QLabel* m_portrait = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_birth = nullptr;
    QLabel* m_sex = nullptr;
    QLabel* m_residence = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_warning = nullptr;
    VerdictBadge* m_badge = nullptr;
    QFormLayout* m_form = nullptr;
    bool m_expired = false;
};

} // namespace motcua::shell
