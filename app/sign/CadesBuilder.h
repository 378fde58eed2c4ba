#pragma once

#include "SigningKey.h"

#include <functional>

namespace motcua::sign {

/// Obtains an RFC 3161 time-stamp token (DER ContentInfo) over a signature value; empty function = no time-stamp.
using Timestamper = std::function<Result<QByteArray>(const QByteArray& signatureValue)>;

/// Builds the detached CAdES signature (CMS SignedData) PAdES wants: SHA-256, content-type, message-digest and
/// signing-certificate-v2 signed attributes and *no* signingTime — which is why it uses OpenSSL's PKCS7 API
/// (its CMS API always adds signingTime). With a timestamper, the token goes in as an unsigned attribute (B-T).
class CadesBuilder
{
public:
    static Result<QByteArray> build(SigningKey& key, const QByteArray& contentDigest, SignatureScheme scheme,
                                    const Timestamper& timestamper = {});
};

} // namespace motcua::sign
