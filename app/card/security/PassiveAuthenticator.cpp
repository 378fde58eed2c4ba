#include "PassiveAuthenticator.h"

#include "crypto/OpenSslHandles.h"
#include "lds/SecurityObject.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

namespace motcua::card {

namespace {

QByteArray certificateDer(X509* certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto* p = reinterpret_cast<uchar*>(der.data());
    i2d_X509(certificate, &p);
    return der;
}

QString subjectDn(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(length));
}

// OpenSSL 3.0 objects to CA keys with explicit EC parameters (error 94). The Vietnamese CSCA has
// them, so the objection is waived for certificates that are themselves trust anchors – nothing else.
int verifyCallback(int ok, X509_STORE_CTX* ctx)
{
    if (ok || X509_STORE_CTX_get_error(ctx) != X509_V_ERR_EC_KEY_EXPLICIT_PARAMS)
        return ok;
    const auto* store = static_cast<const TrustStore*>(X509_STORE_CTX_get_app_data(ctx));
    X509* current = X509_STORE_CTX_get_current_cert(ctx);
    if (store && current && store->contains(certificateDer(current))) {
        X509_STORE_CTX_set_error(ctx, X509_V_OK);
        return 1;
    }
    return 0;
}

} // namespace

PassiveAuthenticator::PassiveAuthenticator(const TrustStore& trustStore) : m_trustStore(trustStore) {}

PassiveAuthenticator::Outcome PassiveAuthenticator::verify(const QByteArray& sod,
                                                           const QMap<int, QByteArray>& dataGroups) const
{
    Outcome outcome;
    if (sod.isEmpty()) {
        outcome.details = QStringLiteral("no EF.SOD");
        return outcome;
    }
    outcome.status = PassiveAuthenticationStatus::Invalid;
    auto parsed = SecurityObject::parse(sod);
    if (!parsed) {
        outcome.details = parsed.status().details();
        for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it)
            outcome.dataGroups.insert(it.key(), DataGroupVerdict::Invalid);
        return outcome;
    }

    // 1. Each data group's hash, over the bytes exactly as read.
    const QString digest = parsed->digestName();
    bool hashesOk = !digest.isEmpty();
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it) {
        bool match = false;
        if (!digest.isEmpty() && parsed->dataGroupHashes.contains(it.key())) {
            const EVP_MD* md = EVP_get_digestbyname(digest.toLatin1().constData());
            unsigned char hash[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            const QByteArray& expected = parsed->dataGroupHashes.value(it.key());
            match = md &&
                    EVP_Digest(it.value().constData(), size_t(it.value().size()), hash, &length, md, nullptr) == 1 &&
                    int(length) == expected.size() && CRYPTO_memcmp(hash, expected.constData(), length) == 0;
        }
        outcome.dataGroups.insert(it.key(), match ? DataGroupVerdict::Valid : DataGroupVerdict::Invalid);
        hashesOk = hashesOk && match;
    }

    // 2. The CMS signature with the document signer certificate inside the SOD.
    const auto* p = reinterpret_cast<const uchar*>(parsed->cms.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(parsed->cms.size())));
    X509StackPtr certificates(cms ? CMS_get1_certs(cms.get()) : nullptr);
    if (!certificates || sk_X509_num(certificates.get()) == 0) {
        outcome.status = hashesOk ? PassiveAuthenticationStatus::UntrustedSigner : PassiveAuthenticationStatus::Invalid;
        outcome.details = QStringLiteral("EF.SOD carries no document signer certificate");
        return outcome;
    }
    if (CMS_verify(cms.get(), nullptr, nullptr, nullptr, nullptr, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1) {
        ERR_clear_error();
        outcome.details = QStringLiteral("EF.SOD signature does not verify");
        return outcome;
    }
    X509* signer = nullptr;
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (signerInfos && sk_CMS_SignerInfo_num(signerInfos) == 1)
        CMS_SignerInfo_get0_algs(sk_CMS_SignerInfo_value(signerInfos, 0), nullptr, &signer, nullptr, nullptr);
    if (!signer) {
        outcome.details = QStringLiteral("EF.SOD must have exactly one signer");
        return outcome;
    }
    outcome.documentSignerDn = subjectDn(signer);
    if (!hashesOk) {
        outcome.details = digest.isEmpty() ? QStringLiteral("unsupported hash algorithm %1").arg(parsed->hashAlgorithm)
                                           : QStringLiteral("data group hash mismatch");
        return outcome;
    }

    // 3. Document signer → CSCA from the trust store.
    if (m_trustStore.isEmpty()) {
        outcome.status = PassiveAuthenticationStatus::UntrustedSigner;
        outcome.details = QStringLiteral("trust store is empty");
        return outcome;
    }
    X509StorePtr store(X509_STORE_new());
    for (const QByteArray& der : m_trustStore.certificates()) {
        const auto* q = reinterpret_cast<const uchar*>(der.constData());
        X509Ptr anchor(d2i_X509(nullptr, &q, long(der.size())));
        if (anchor)
            X509_STORE_add_cert(store.get(), anchor.get());
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), signer, nullptr) != 1) {
        outcome.details = QStringLiteral("X509_STORE_CTX_init failed");
        return outcome;
    }
    X509_STORE_CTX_set_app_data(ctx.get(), const_cast<TrustStore*>(&m_trustStore));
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_PARTIAL_CHAIN);
    if (m_time)
        X509_STORE_CTX_set_time(ctx.get(), 0, time_t(m_time->toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1) {
        outcome.status = PassiveAuthenticationStatus::Valid;
        return outcome;
    }
    const int error = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    outcome.details =
        QStringLiteral("document signer chain: %1").arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
    // A certificate that names a trusted CSCA but is not signed by it is a forgery; any other
    // failure (unknown CSCA, expiry, …) only means the signer cannot be trusted.
    outcome.status = error == X509_V_ERR_CERT_SIGNATURE_FAILURE ? PassiveAuthenticationStatus::Invalid
                                                                : PassiveAuthenticationStatus::UntrustedSigner;
    return outcome;
}

} // namespace motcua::card
