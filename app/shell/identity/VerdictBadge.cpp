#include "VerdictBadge.h"

#include <algorithm>

namespace motcua::shell {

VerdictBadge::VerdictBadge(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("verdictBadge"));
    setMargin(6);
    setVerdict(Verdict::None);
}

VerdictBadge::Verdict VerdictBadge::verdictOf(const card::CitizenIdentity& identity)
{
    if (identity.source != card::CitizenIdentity::Source::Chip)
        return Verdict::NotChipVerified;
    if (identity.chipVerified())
        return Verdict::ChipVerified;
    // UNTRUSTED_SIGNER: every data group hash and the SOD signature check out, only the document signer does not
    // chain to a CSCA in the trust store — not a forgery, unless active or chip authentication failed too.
    const card::SecurityVerdicts& s = identity.security;
    const bool groupsIntact = std::all_of(s.dataGroups.cbegin(), s.dataGroups.cend(),
                                          [](card::DataGroupVerdict v) { return v == card::DataGroupVerdict::Valid; });
    if (s.passiveAuthentication == card::PassiveAuthenticationStatus::UntrustedSigner && groupsIntact &&
        s.activeAuthentication != card::ChipCheckVerdict::Invalid &&
        s.chipAuthentication != card::ChipCheckVerdict::Invalid)
        return Verdict::UntrustedSigner;
    return Verdict::Failed;
}

void VerdictBadge::setVerdict(Verdict verdict)
{
    m_verdict = verdict;
    QString text;
    QString colours;
    switch (verdict) {
    case Verdict::None:
        text = tr("No card read yet");
        colours = QStringLiteral("color: #444; background: #eee; border: 1px solid #bbb;");
        break;
    case Verdict::ChipVerified:
        text = QStringLiteral("✓ ") + tr("Chip verified");
        colours = QStringLiteral("color: white; background: #1e7b34; border: 1px solid #14501f;");
        break;
    case Verdict::NotChipVerified:
        text = QStringLiteral("! ") + tr("Not chip-verified (QR code or typed)");
        colours = QStringLiteral("color: black; background: #f3c03d; border: 1px solid #a37c10;");
        break;
    case Verdict::UntrustedSigner:
        text = QStringLiteral("! ") + tr("Chip data intact; issuer certificate not in the trust store");
        colours = QStringLiteral("color: black; background: #f3c03d; border: 1px solid #a37c10;");
        break;
    case Verdict::Failed:
        text = QStringLiteral("✕ ") + tr("Verification failed");
        colours = QStringLiteral("color: white; background: #b3261e; border: 1px solid #7a1812;");
        break;
    }
    // Bold through the font, not the style sheet, so the size hint measures the bold text and nothing is clipped.
    QFont f = font();
    f.setBold(true);
    setFont(f);
    setText(text);
    setStyleSheet(QStringLiteral("QLabel { border-radius: 4px; %1 }").arg(colours));
    // A long verdict (the untrusted-signer wording, longer still in Vietnamese) wraps onto a second line instead of
    // being cut off at the edge of a narrow column.
    const int full = QFontMetrics(f).horizontalAdvance(text) + 2 * margin() + 8;
    setWordWrap(full > kMaxOneLineWidth);
    setMinimumWidth(qMin(full, kMaxOneLineWidth));
    setAccessibleName(text);
}

} // namespace motcua::shell
