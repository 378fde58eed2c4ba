#include "Pkcs11Key.h"

#include "Pkcs11Api.h"
#include "SignTr.h"

#include <openssl/ecdsa.h>

namespace motcua::sign {

namespace {

std::vector<CK_OBJECT_HANDLE> findObjects(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, CK_ATTRIBUTE* tmpl, CK_ULONG n)
{
    std::vector<CK_OBJECT_HANDLE> found;
    if (f->C_FindObjectsInit(s, tmpl, n) != CKR_OK)
        return found;
    CK_OBJECT_HANDLE h[16];
    CK_ULONG got = 0;
    while (f->C_FindObjects(s, h, 16, &got) == CKR_OK && got > 0)
        found.insert(found.end(), h, h + got);
    f->C_FindObjectsFinal(s);
    return found;
}

QByteArray attribute(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, CK_OBJECT_HANDLE o, CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE a = {type, nullptr, 0};
    if (f->C_GetAttributeValue(s, o, &a, 1) != CKR_OK || a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return {};
    QByteArray v(static_cast<qsizetype>(a.ulValueLen), Qt::Uninitialized);
    a.pValue = v.data();
    if (f->C_GetAttributeValue(s, o, &a, 1) != CKR_OK)
        return {};
    return v;
}

X509Ptr parseCert(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

/// The token's certificate objects that parse as X.509.
std::vector<std::pair<CK_OBJECT_HANDLE, X509Ptr>> certificateObjects(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s)
{
    std::vector<std::pair<CK_OBJECT_HANDLE, X509Ptr>> result;
    CK_OBJECT_CLASS certClass = CKO_CERTIFICATE;
    CK_ATTRIBUTE certTmpl[] = {{CKA_CLASS, &certClass, sizeof certClass}};
    for (CK_OBJECT_HANDLE c : findObjects(f, s, certTmpl, 1))
        if (X509Ptr cert = parseCert(attribute(f, s, c, CKA_VALUE)))
            result.emplace_back(c, std::move(cert));
    return result;
}

Result<CK_SESSION_HANDLE> openSession(CK_FUNCTION_LIST_PTR f, CK_SLOT_ID slot)
{
    CK_SESSION_HANDLE session = 0;
    const CK_RV rv = f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session);
    if (rv != CKR_OK)
        return Status(Status::Code::NoCard, Tr::tr("Cannot open a session on the token."),
                      QStringLiteral("C_OpenSession 0x%1").arg(rv, 0, 16));
    return session;
}

} // namespace

Result<std::unique_ptr<Pkcs11Key>> Pkcs11Key::open(std::shared_ptr<Pkcs11Module> module, const QString& tokenLabel,
                                                   const QString& keyLabel, const QString& pin)
{
    return openMatching(std::move(module), tokenLabel, keyLabel, {}, pin);
}

Result<std::unique_ptr<Pkcs11Key>> Pkcs11Key::openById(std::shared_ptr<Pkcs11Module> module, const QString& tokenLabel,
                                                       const QByteArray& certificateId, const QString& pin)
{
    return openMatching(std::move(module), tokenLabel, {}, certificateId, pin);
}

Result<QList<TokenCertificate>> Pkcs11Key::certificates(const Pkcs11Module& module, const QString& tokenLabel)
{
    auto token = module.findToken(tokenLabel);
    if (!token)
        return token.status();
    CK_FUNCTION_LIST_PTR f = module.api().f;
    auto opened = openSession(f, token->slot);
    if (!opened)
        return opened.status();
    const CK_SESSION_HANDLE session = *opened;
    QList<TokenCertificate> result;
    for (const auto& [c, cert] : certificateObjects(f, session)) {
        TokenCertificate tc;
        tc.label = QString::fromUtf8(attribute(f, session, c, CKA_LABEL));
        tc.id = attribute(f, session, c, CKA_ID);
        tc.subject = commonName(cert.get());
        tc.notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert.get()));
        tc.notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert.get()));
        result << tc;
    }
    f->C_CloseSession(session);
    return result;
}

Result<std::unique_ptr<Pkcs11Key>> Pkcs11Key::openMatching(std::shared_ptr<Pkcs11Module> module,
                                                           const QString& tokenLabel, const QString& keyLabel,
                                                           const QByteArray& keyId, const QString& pin)
{
    auto token = module->findToken(tokenLabel);
    if (!token)
        return token.status();
    CK_FUNCTION_LIST_PTR f = module->api().f;
    std::unique_ptr<Pkcs11Key> key(new Pkcs11Key);
    key->m_module = module;
    auto opened = openSession(f, token->slot);
    if (!opened)
        return opened.status();
    const CK_SESSION_HANDLE session = *opened;
    key->m_session = session;
    QByteArray pinBytes = pin.toUtf8();
    const CK_RV rv = f->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(pinBytes.data()),
                                static_cast<CK_ULONG>(pinBytes.size()));
    pinBytes.fill('\0');
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN)
        return pinFailure(rv, module->tokenFlags(token->slot));
    key->m_loggedIn = rv == CKR_OK;

    CK_OBJECT_CLASS keyClass = CKO_PRIVATE_KEY;
    const QByteArray label = keyLabel.toUtf8();
    CK_ATTRIBUTE keyTmpl[] = {{CKA_CLASS, &keyClass, sizeof keyClass},
                              {CKA_LABEL, const_cast<char*>(label.constData()), static_cast<CK_ULONG>(label.size())}};
    if (!keyId.isEmpty())
        keyTmpl[1] = {CKA_ID, const_cast<char*>(keyId.constData()), static_cast<CK_ULONG>(keyId.size())};
    const auto keys = findObjects(f, session, keyTmpl, label.isEmpty() && keyId.isEmpty() ? 1 : 2);
    if (keys.empty())
        return Status(Status::Code::InputRejected,
                      keyLabel.isEmpty() ? Tr::tr("The token holds no signing key.")
                                         : Tr::tr("The token holds no key labelled \"%1\".").arg(keyLabel));
    key->m_key = keys.front();
    const QByteArray id = attribute(f, session, key->m_key, CKA_ID);

    for (auto& [c, cert] : certificateObjects(f, session)) {
        if (!key->m_cert && !id.isEmpty() && attribute(f, session, c, CKA_ID) == id)
            key->m_cert = std::move(cert);
        else
            key->m_chain.push_back(std::move(cert));
    }
    if (!key->m_cert)
        return Status(Status::Code::InputRejected, Tr::tr("The token holds no certificate for its signing key."));
    return key;
}

Pkcs11Key::~Pkcs11Key()
{
    if (!m_module || !m_session)
        return;
    CK_FUNCTION_LIST_PTR f = m_module->api().f;
    if (m_loggedIn)
        f->C_Logout(m_session);
    f->C_CloseSession(m_session);
}

Result<QByteArray> Pkcs11Key::sign(const QByteArray& data, SignatureScheme scheme)
{
    CK_FUNCTION_LIST_PTR f = m_module->api().f;
    const QByteArray digest = sha256(data);
    QByteArray input = digest;
    CK_MECHANISM mech = {CKM_ECDSA, nullptr, 0};
    CK_RSA_PKCS_PSS_PARAMS pss = {CKM_SHA256, CKG_MGF1_SHA256, 32};
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
        // Tokens sign a DigestInfo with raw CKM_RSA_PKCS more widely than CKM_SHA256_RSA_PKCS.
        input = QByteArray::fromHex("3031300d060960864801650304020105000420") + digest;
        mech = {CKM_RSA_PKCS, nullptr, 0};
        break;
    case SignatureScheme::RsaPss:
        mech = {CKM_RSA_PKCS_PSS, &pss, sizeof pss};
        break;
    case SignatureScheme::Ecdsa:
        break;
    }
    CK_RV rv = f->C_SignInit(m_session, &mech, m_key);
    if (rv != CKR_OK)
        return Status::failed(Tr::tr("The token cannot sign with this key."),
                              QStringLiteral("C_SignInit 0x%1").arg(rv, 0, 16));
    CK_ULONG len = 0;
    auto* in = reinterpret_cast<CK_BYTE_PTR>(input.data());
    rv = f->C_Sign(m_session, in, static_cast<CK_ULONG>(input.size()), nullptr, &len);
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (rv == CKR_OK)
        rv = f->C_Sign(m_session, in, static_cast<CK_ULONG>(input.size()), reinterpret_cast<CK_BYTE_PTR>(sig.data()),
                       &len);
    if (rv != CKR_OK)
        return Status::failed(Tr::tr("The token failed to sign."), QStringLiteral("C_Sign 0x%1").arg(rv, 0, 16));
    sig.resize(static_cast<qsizetype>(len));
    if (scheme != SignatureScheme::Ecdsa)
        return sig;
    // PKCS#11 returns r||s; CMS wants the DER Ecdsa-Sig-Value.
    const int half = static_cast<int>(sig.size() / 2);
    EcdsaSigPtr es(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(sig.constData()), half, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(sig.constData()) + half, half, nullptr);
    ECDSA_SIG_set0(es.get(), r, s);
    return toDer(es.get(), i2d_ECDSA_SIG);
}

} // namespace motcua::sign
