#pragma once

#include "SigningKey.h"

#include <memory>

namespace motcua::sign {

/// A key and certificate from a PKCS#12 file (.p12/.pfx) protected by a password.
class Pkcs12Key : public SigningKey
{
public:
    /// Reads the file; a wrong password or a file that is not PKCS#12 is refused with a translated message.
    static Result<std::unique_ptr<Pkcs12Key>> open(const QString& path, const QString& password);
    static Result<std::unique_ptr<Pkcs12Key>> fromData(const QByteArray& data, const QString& password);

    X509* certificate() const override { return m_cert.get(); }
    const std::vector<X509Ptr>& chain() const override { return m_chain; }
    Result<QByteArray> sign(const QByteArray& data, SignatureScheme scheme) override;

private:
    EvpPkeyPtr m_key;
    X509Ptr m_cert;
    std::vector<X509Ptr> m_chain;
};

/// Signs with a key held in memory (used by Pkcs12Key and by the time-stamp test responder).
Result<QByteArray> signWithEvpKey(EVP_PKEY* key, const QByteArray& data, SignatureScheme scheme);

} // namespace motcua::sign
