#pragma once

#include "CitizenIdentity.h"
#include "Status.h"

#include <QByteArray>
#include <QString>

namespace motcua::card {

/// Active authentication (ICAO 9303-11 §6.1): checks the card's INTERNAL AUTHENTICATE answer to an
/// 8-byte challenge with the DG15 key – RSA with ISO/IEC 9796-2 scheme 1 message recovery (SHA-1
/// trailer BC, or the hash named in an explicit trailer xxCC), or ECDSA with a plain r||s
/// signature and the hash named by DG14's ActiveAuthenticationInfo.
class ActiveAuthenticator
{
public:
    /// `signatureAlgorithmOid` is ActiveAuthenticationInfo.signatureAlgorithm (empty when DG14
    /// has none: for ECDSA, SHA-1/224/256/384/512 are then tried).
    static ChipCheckVerdict verify(const QByteArray& dg15SubjectPublicKeyInfo, const QByteArray& challenge,
                                   const QByteArray& response, const QString& signatureAlgorithmOid = {});

    /// Card side (simulator): signs `challenge` with a private key (DER PKCS#8 or traditional),
    /// RSA → ISO 9796-2 scheme 1 with SHA-1 (`digest` "SHA1") or an explicit trailer for other
    /// digests; EC → plain r||s with `digest`.
    static Result<QByteArray> sign(const QByteArray& privateKeyDer, const QByteArray& challenge,
                                   const QString& digest = QStringLiteral("SHA1"));

    /// The digest name ("SHA256") of an ECDSA signature algorithm OID (BSI plain or X9.62), or empty.
    static QString digestForSignatureAlgorithm(const QString& oid);
};

} // namespace motcua::card
