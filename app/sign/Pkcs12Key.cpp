#include "Pkcs12Key.h"

#include "SignTr.h"

#include <QFile>

#include <openssl/rsa.h>

namespace motcua::sign {

Result<std::unique_ptr<Pkcs12Key>> Pkcs12Key::open(const QString& path, const QString& password)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status(Status::Code::InputRejected, Tr::tr("Cannot open the key file %1.").arg(path), f.errorString());
    return fromData(f.readAll(), password);
}

Result<std::unique_ptr<Pkcs12Key>> Pkcs12Key::fromData(const QByteArray& data, const QString& password)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, data.size()));
    if (!p12)
        return Status(Status::Code::InputRejected, Tr::tr("The key file is not a PKCS#12 file."),
                      QString::fromLatin1(lastOpenSslError()));
    const QByteArray pass = password.toUtf8();
    if (!PKCS12_verify_mac(p12.get(), pass.constData(), pass.size()))
        return Status(Status::Code::CardAccessDenied, Tr::tr("Wrong password for the key file. Type it again."));
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (!PKCS12_parse(p12.get(), pass.constData(), &key, &cert, &ca))
        return Status(Status::Code::InputRejected,
                      Tr::tr("The key file cannot be read (its encryption may be too old). Export it again."),
                      QString::fromLatin1(lastOpenSslError()));
    auto result = std::unique_ptr<Pkcs12Key>(new Pkcs12Key);
    result->m_key.reset(key);
    result->m_cert.reset(cert);
    X509StackPtr extra(ca);
    while (extra && sk_X509_num(extra.get()) > 0)
        result->m_chain.emplace_back(sk_X509_shift(extra.get()));
    if (!result->m_key || !result->m_cert)
        return Status(Status::Code::InputRejected, Tr::tr("The key file holds no key with its certificate."));
    return result;
}

Result<QByteArray> Pkcs12Key::sign(const QByteArray& data, SignatureScheme scheme)
{
    return signWithEvpKey(m_key.get(), data, scheme);
}

Result<QByteArray> signWithEvpKey(EVP_PKEY* key, const QByteArray& data, SignatureScheme scheme)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1)
        return Status::failed(Tr::tr("The key cannot sign."), QString::fromLatin1(lastOpenSslError()));
    if (scheme == SignatureScheme::RsaPss) {
        // PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt: the parameters written into the SignerInfo.
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) != 1 || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1)
            return Status::failed(Tr::tr("The key cannot sign with RSA-PSS."), QString::fromLatin1(lastOpenSslError()));
    }
    size_t len = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, in, static_cast<size_t>(data.size())) != 1)
        return Status::failed(Tr::tr("Signing failed."), QString::fromLatin1(lastOpenSslError()));
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, in,
                       static_cast<size_t>(data.size())) != 1)
        return Status::failed(Tr::tr("Signing failed."), QString::fromLatin1(lastOpenSslError()));
    sig.resize(static_cast<qsizetype>(len));
    return sig;
}

} // namespace motcua::sign
