#include "SodSigner.h"

#include "CardErrors.h"
#include "crypto/OpenSslHandles.h"
#include "lds/LdsFiles.h"
#include "lds/SecurityObject.h"
#include "tlv/DerWriter.h"

#include <QFile>

#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace motcua::card {

namespace {

constexpr const char* kSha256Oid = "2.16.840.1.101.3.4.2.1";

QByteArray toDer(EVP_PKEY* key, bool publicPart)
{
    unsigned char* buffer = nullptr;
    const int n = publicPart ? i2d_PUBKEY(key, &buffer) : i2d_PrivateKey(key, &buffer);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(buffer), n);
    OPENSSL_free(buffer);
    return out;
}

Result<SodSigner::KeyPair> describe(EVP_PKEY* key)
{
    SodSigner::KeyPair pair;
    pair.isEc = EVP_PKEY_get_base_id(key) == EVP_PKEY_EC;
    if (pair.isEc) {
        char curve[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &len))
            pair.ecNid = OBJ_sn2nid(curve);
    } else {
        pair.rsaBits = EVP_PKEY_get_bits(key);
    }
    PKCS8_PRIV_KEY_INFO* p8 = EVP_PKEY2PKCS8(key);
    unsigned char* buffer = nullptr;
    const int n = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8, &buffer) : 0;
    PKCS8_PRIV_KEY_INFO_free(p8);
    if (n <= 0)
        return cryptoFailure("i2d_PKCS8_PRIV_KEY_INFO");
    pair.privateKeyDer = QByteArray(reinterpret_cast<const char*>(buffer), n);
    OPENSSL_free(buffer);
    pair.publicKeyInfo = toDer(key, true);
    return pair;
}

EvpPkeyPtr readKey(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return EvpPkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

X509Ptr readCert(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

EvpPkeyPtr generate(bool ec, int nid, int rsaBits)
{
    EVP_PKEY* key = nullptr;
    if (ec)
        key = EVP_EC_gen(OBJ_nid2sn(nid ? nid : NID_brainpoolP256r1));
    else
        key = EVP_RSA_gen(unsigned(rsaBits ? rsaBits : 1024));
    return EvpPkeyPtr(key);
}

// A self-signed document signer nobody trusts: the "untrusted signer" fault, and training without a PKI.
X509Ptr selfSigned(EVP_PKEY* key)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3650L * 86400);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("VN"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Simulator Document Signer"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_set_pubkey(cert.get(), key);
    if (!X509_sign(cert.get(), key, EVP_sha256()))
        return {};
    return cert;
}

} // namespace

Result<SodSigner::KeyPair> SodSigner::loadPrivateKey(const QString& pemPath)
{
    EvpPkeyPtr key = readKey(pemPath);
    if (!key)
        return malformedData(CardTr::tr("The key file %1 cannot be read.").arg(pemPath),
                             QStringLiteral("PEM_read_bio_PrivateKey"));
    return describe(key.get());
}

Result<SodSigner::KeyPair> SodSigner::generateKeyLike(const KeyPair& like)
{
    EvpPkeyPtr key = generate(like.isEc, like.ecNid, like.rsaBits);
    if (!key)
        return cryptoFailure("EVP_PKEY_keygen");
    return describe(key.get());
}

Result<QByteArray> SodSigner::sign(const CardProfile& profile, const QMap<int, QByteArray>& sha256Hashes)
{
    EvpPkeyPtr key;
    X509Ptr cert;
    if (profile.faults.untrustedSigner || profile.documentSignerKeyPath.isEmpty()) {
        key = generate(true, NID_brainpoolP256r1, 0);
        cert = key ? selfSigned(key.get()) : X509Ptr();
    } else {
        key = readKey(profile.documentSignerKeyPath);
        cert = readCert(profile.documentSignerCertPath);
    }
    if (!key || !cert)
        return malformedData(CardTr::tr("The document signer key or certificate of the card profile cannot be read."),
                             QStringLiteral("document signer"));

    const QByteArray lds = SecurityObject::encodeLdsSecurityObject(QLatin1String(kSha256Oid), sha256Hashes);
    BioPtr content(BIO_new_mem_buf(lds.constData(), int(lds.size())));
    const unsigned int flags = CMS_BINARY | CMS_NOSMIMECAP;
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags | CMS_PARTIAL));
    ASN1_OBJECT* type = OBJ_txt2obj(SecurityObject::LdsSecurityObjectOid, 1);
    const bool typed = cms && type && CMS_set1_eContentType(cms.get(), type);
    ASN1_OBJECT_free(type);
    if (!typed || !CMS_add1_signer(cms.get(), cert.get(), key.get(), EVP_sha256(), flags) ||
        !CMS_final(cms.get(), content.get(), nullptr, flags))
        return cryptoFailure("CMS_sign");
    unsigned char* buffer = nullptr;
    const int n = i2d_CMS_ContentInfo(cms.get(), &buffer);
    if (n <= 0)
        return cryptoFailure("i2d_CMS_ContentInfo");
    const QByteArray der(reinterpret_cast<const char*>(buffer), n);
    OPENSSL_free(buffer);
    return DerWriter::tlv(LdsFiles::SodTag, der);
}

} // namespace motcua::card
