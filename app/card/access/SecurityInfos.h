#pragma once

#include "Status.h"
#include "crypto/PaceAlgorithm.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::card {

struct PaceInfo
{
    QString protocol;
    int version = 0;
    std::optional<int> parameterId;
};

struct PaceDomainParameterInfo
{
    QString protocol;
    QByteArray domainParameter; ///< the raw AlgorithmIdentifier (proprietary parameters)
    std::optional<int> parameterId;
};

struct ChipAuthenticationInfo
{
    QString protocol;
    int version = 0;
    std::optional<int> keyId;
};

struct ChipAuthenticationPublicKeyInfo
{
    QString protocol;
    QByteArray subjectPublicKeyInfo; ///< raw DER SubjectPublicKeyInfo
    std::optional<int> keyId;
};

struct ActiveAuthenticationInfo
{
    QString protocol;
    int version = 0;
    QString signatureAlgorithm; ///< e.g. ecdsa-plain-SHA256 0.4.0.127.0.7.1.1.4.1.3
};

struct TerminalAuthenticationInfo
{
    QString protocol;
    int version = 0;
};

/// The PACE configuration chosen from EF.CardAccess.
struct PaceConfiguration
{
    PaceAlgorithm algorithm;
    int parameterId = 0;
    /// Whether MSE:Set AT must carry the parameter ID (tag 84): always when the card announced it.
    bool sendParameterId = true;
};

/// SecurityInfos (ICAO 9303-11 §9.2) as found in EF.CardAccess and DG14.
class SecurityInfos
{
public:
    QList<PaceInfo> pace;
    QList<PaceDomainParameterInfo> paceDomainParameters;
    QList<ChipAuthenticationInfo> chipAuthentication;
    QList<ChipAuthenticationPublicKeyInfo> chipAuthenticationPublicKeys;
    QList<ActiveAuthenticationInfo> activeAuthentication;
    QList<TerminalAuthenticationInfo> terminalAuthentication;
    QList<QString> otherProtocols; ///< recognised structure, unknown OID (kept for diagnostics)

    /// Parses a DER SET OF SecurityInfo (EF.CardAccess content; trailing padding tolerated).
    static Result<SecurityInfos> parse(const QByteArray& der);
    /// The best supported PACE configuration: ECDH generic mapping on a standardized curve,
    /// strongest cipher first; nullopt when none is usable.
    std::optional<PaceConfiguration> choosePace() const;
};

} // namespace motcua::card
