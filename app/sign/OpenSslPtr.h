#pragma once

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <QByteArray>

#include <memory>

namespace motcua::sign {

// Every OpenSSL handle is owned by a unique_ptr with its matching free function, so no path leaks one.
template <typename T, void (*F)(T*)> struct OsslDeleter
{
    void operator()(T* p) const { F(p); }
};
template <typename T, void (*F)(T*)> using OsslPtr = std::unique_ptr<T, OsslDeleter<T, F>>;

inline void freeBio(BIO* b)
{
    BIO_free(b);
}
inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}

using BioPtr = OsslPtr<BIO, freeBio>;
using X509Ptr = OsslPtr<X509, X509_free>;
using EvpPkeyPtr = OsslPtr<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxPtr = OsslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpMdCtxPtr = OsslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using Pkcs7Ptr = OsslPtr<PKCS7, PKCS7_free>;
using Pkcs12Ptr = OsslPtr<PKCS12, PKCS12_free>;
using CmsPtr = OsslPtr<CMS_ContentInfo, CMS_ContentInfo_free>;
using X509StorePtr = OsslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = OsslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509StackPtr = OsslPtr<STACK_OF(X509), freeX509Stack>;
using TsReqPtr = OsslPtr<TS_REQ, TS_REQ_free>;
using TsRespPtr = OsslPtr<TS_RESP, TS_RESP_free>;
using TsTstInfoPtr = OsslPtr<TS_TST_INFO, TS_TST_INFO_free>;
using TsMsgImprintPtr = OsslPtr<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>;
using X509AlgorPtr = OsslPtr<X509_ALGOR, X509_ALGOR_free>;
using Asn1IntegerPtr = OsslPtr<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1StringPtr = OsslPtr<ASN1_STRING, ASN1_STRING_free>;
using EcdsaSigPtr = OsslPtr<ECDSA_SIG, ECDSA_SIG_free>;

/// DER of an OpenSSL object through its i2d function; empty on failure.
template <typename T, typename I2d> QByteArray toDer(T* obj, I2d i2d)
{
    if (!obj)
        return {};
    const int len = i2d(obj, nullptr);
    if (len <= 0)
        return {};
    QByteArray der(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(der.data());
    i2d(obj, &p);
    return der;
}

inline QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

/// The last OpenSSL error as text, for Status details (never shown without a translated sentence).
QByteArray lastOpenSslError();

} // namespace motcua::sign
