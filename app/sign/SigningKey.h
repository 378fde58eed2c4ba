#pragma once

#include "OpenSslPtr.h"
#include "Status.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace motcua::sign {

/// Padding/algorithm for the signature value; ECDSA keys always sign ECDSA.
enum class SignatureScheme
{
    RsaPkcs1v15,
    RsaPss,
    Ecdsa,
};

/// A private key with its certificate, wherever it lives (file or token): signs SHA-256 digests.
class SigningKey
{
public:
    virtual ~SigningKey() = default;

    /// The signer's certificate (owned by the key).
    virtual X509* certificate() const = 0;
    /// Further certificates to embed (intermediate CAs), maybe empty.
    virtual const std::vector<X509Ptr>& chain() const = 0;
    /// Signs `data` (hashed here with SHA-256). ECDSA results are DER-encoded Ecdsa-Sig-Value.
    virtual Result<QByteArray> sign(const QByteArray& data, SignatureScheme scheme) = 0;

    bool isEc() const;
    bool isRsa() const;
    /// The scheme to use when the caller does not ask: PKCS#1 v1.5 for RSA (what deployed tokens do), ECDSA for EC.
    SignatureScheme defaultScheme() const { return isEc() ? SignatureScheme::Ecdsa : SignatureScheme::RsaPkcs1v15; }
    /// The certificate subject's common name, for the appearance and reports.
    QString signerName() const;
};

QString commonName(X509* cert);
QDateTime asn1TimeToDateTime(const ASN1_TIME* t);

} // namespace motcua::sign
