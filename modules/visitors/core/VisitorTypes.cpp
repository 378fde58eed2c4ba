#include "VisitorTypes.h"

namespace motcua::visitors {

QString toDbString(Verification v)
{
    switch (v) {
    case Verification::Chip:
        return QStringLiteral("chip");
    case Verification::NotChipVerified:
        return QStringLiteral("unverified");
    case Verification::Failed:
        return QStringLiteral("failed");
    case Verification::UntrustedSigner:
        return QStringLiteral("untrusted_signer");
    }
    return QStringLiteral("unverified");
}

Verification verificationFromDb(const QString& s)
{
    if (s == QLatin1String("chip"))
        return Verification::Chip;
    if (s == QLatin1String("failed"))
        return Verification::Failed;
    if (s == QLatin1String("untrusted_signer"))
        return Verification::UntrustedSigner;
    return Verification::NotChipVerified;
}

QString toDbString(CheckoutMethod m)
{
    switch (m) {
    case CheckoutMethod::None:
        return {};
    case CheckoutMethod::Badge:
        return QStringLiteral("badge");
    case CheckoutMethod::Card:
        return QStringLiteral("card");
    case CheckoutMethod::List:
        return QStringLiteral("list");
    case CheckoutMethod::Automatic:
        return QStringLiteral("automatic");
    }
    return {};
}

CheckoutMethod checkoutMethodFromDb(const QString& s)
{
    if (s == QLatin1String("badge"))
        return CheckoutMethod::Badge;
    if (s == QLatin1String("card"))
        return CheckoutMethod::Card;
    if (s == QLatin1String("list"))
        return CheckoutMethod::List;
    if (s == QLatin1String("automatic"))
        return CheckoutMethod::Automatic;
    return CheckoutMethod::None;
}

} // namespace motcua::visitors
