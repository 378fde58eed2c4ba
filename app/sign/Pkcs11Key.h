#pragma once

#include "Pkcs11Module.h"
#include "SigningKey.h"

namespace motcua::sign {

/// A certificate found on a token (public objects: listed without the PIN).
struct TokenCertificate
{
    QString label;
    QByteArray id;   ///< CKA_ID, shared with its private key
    QString subject; ///< common name
    QDateTime notBefore;
    QDateTime notAfter;
};

/// A private key on a PKCS#11 token, signed into with the user PIN for this one signature.
class Pkcs11Key : public SigningKey
{
public:
    /// Opens a session on the token labelled `tokenLabel`, logs in with `pin`, and finds the key (by label, or the
    /// first private key) and its certificate (same CKA_ID). A wrong PIN says how many tries remain, when the
    /// token tells.
    static Result<std::unique_ptr<Pkcs11Key>> open(std::shared_ptr<Pkcs11Module> module, const QString& tokenLabel,
                                                   const QString& keyLabel, const QString& pin);
    /// Like open(), but takes the private key whose CKA_ID is `certificateId` (as listed by certificates()).
    static Result<std::unique_ptr<Pkcs11Key>> openById(std::shared_ptr<Pkcs11Module> module, const QString& tokenLabel,
                                                       const QByteArray& certificateId, const QString& pin);
    /// The certificates on the token labelled `tokenLabel`, so the operator can choose one before the PIN.
    static Result<QList<TokenCertificate>> certificates(const Pkcs11Module& module, const QString& tokenLabel);
    ~Pkcs11Key() override;

    X509* certificate() const override { return m_cert.get(); }
    const std::vector<X509Ptr>& chain() const override { return m_chain; }
    Result<QByteArray> sign(const QByteArray& data, SignatureScheme scheme) override;

private:
    Pkcs11Key() = default;
    static Result<std::unique_ptr<Pkcs11Key>> openMatching(std::shared_ptr<Pkcs11Module> module,
                                                           const QString& tokenLabel, const QString& keyLabel,
                                                           const QByteArray& keyId, const QString& pin);
    std::shared_ptr<Pkcs11Module> m_module;
    unsigned long m_session = 0;
    bool m_loggedIn = false;
    unsigned long m_key = 0;
    X509Ptr m_cert;
    std::vector<X509Ptr> m_chain;
};

} // namespace motcua::sign
