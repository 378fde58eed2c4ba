#pragma once

#include "CitizenIdentity.h"

#include <QLabel>

namespace motcua::shell {

/// The verification verdict as icon + word + colour, never colour alone: green ✓ chip verified,
/// amber ! not chip-verified (QR code or typed), amber ! chip data intact but the issuer certificate is not in
/// the trust store (passive authentication UNTRUSTED_SIGNER), red ✕ verification failed (INVALID).
class VerdictBadge : public QLabel
{
    Q_OBJECT
public:
    enum class Verdict
    {
        None,
        ChipVerified,
        NotChipVerified,
        UntrustedSigner,
        Failed
    };

    explicit VerdictBadge(QWidget* parent = nullptr);
    static Verdict verdictOf(const card::CitizenIdentity& identity);
    /// Whether the verdict asks the operator for an explicit override before the identity is relied on.
    static bool needsOverride(Verdict verdict) { return verdict == Verdict::Failed; }
    void setVerdict(Verdict verdict);
    Verdict verdict() const { return m_verdict; }

    /// Wider verdict texts wrap (logical pixels).
    static constexpr int kMaxOneLineWidth = 400;

private:
    Verdict m_verdict = Verdict::None;
};

} // namespace motcua::shell
