#pragma once

#include "CitizenIdentity.h"

#include <QLabel>

namespace motcua::shell {

/// The verification verdict as icon + word + colour, never colour alone: green ✓ chip verified,
/// amber ! not chip-verified (QR code or typed), red ✕ verification failed.
class VerdictBadge : public QLabel
{
    Q_OBJECT
public:
    enum class Verdict
    {
        None,
        ChipVerified,
        NotChipVerified,
        Failed
    };

    explicit VerdictBadge(QWidget* parent = nullptr);
    static Verdict verdictOf(const card::CitizenIdentity& identity);
    void setVerdict(Verdict verdict);
    Verdict verdict() const { return m_verdict; }

private:
    Verdict m_verdict = Verdict::None;
};

} // namespace motcua::shell
