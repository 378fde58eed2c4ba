#include "CmsVerifier.h"

#include "SignTr.h"
#include "SigningKey.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace motcua::sign {

namespace {

CmsPtr parseCms(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return CmsPtr(d2i_CMS_ContentInfo(nullptr, &p, der.size()));
}

QString subjectOf(X509* cert)
{
    char buf[512];
    X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof buf);
    return QString::fromUtf8(buf);
}

/// The certificate of the first signer, found among the certificates the CMS carries.
X509* signerCertificate(CMS_ContentInfo* cms, CMS_SignerInfo* si, STACK_OF(X509) * certs)
{
    for (int i = 0; certs && i < sk_X509_num(certs); ++i)
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0)
            return sk_X509_value(certs, i);
    Q_UNUSED(cms);
    return nullptr;
}

} // namespace

std::vector<X509Ptr> CmsVerifier::loadCertificates(const QString& path)
{
    std::vector<X509Ptr> certs;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return certs;
    const QByteArray data = f.readAll();
    if (data.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
        while (X509* c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            certs.emplace_back(c);
        ERR_clear_error(); // the end of the PEM data reads as an error
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        if (X509* c = d2i_X509(nullptr, &p, data.size()))
            certs.emplace_back(c);
    }
    return certs;
}

bool CmsVerifier::chainTrusted(X509* cert, STACK_OF(X509) * untrusted, const QDateTime& at) const
{
    if (m_anchors.empty() || !cert)
        return false;
    X509StorePtr store(X509_STORE_new());
    for (X509* a : m_anchors)
        X509_STORE_add_cert(store.get(), a);
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!X509_STORE_CTX_init(ctx.get(), store.get(), cert, untrusted))
        return false;
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), at.toSecsSinceEpoch());
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    ERR_clear_error();
    return ok;
}

std::optional<TimestampReport> CmsVerifier::checkTimestamp(CMS_SignerInfo* si) const
{
    const int idx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (idx < 0)
        return std::nullopt;
    TimestampReport report;
    ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, idx), 0);
    if (!t || t->type != V_ASN1_SEQUENCE)
        return report;
    const QByteArray tokenDer(reinterpret_cast<const char*>(t->value.sequence->data), t->value.sequence->length);
    const auto* p = reinterpret_cast<const unsigned char*>(tokenDer.constData());
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, tokenDer.size()));
    TsTstInfoPtr info(p7 ? PKCS7_to_TS_TST_INFO(p7.get()) : nullptr);
    if (!info)
        return report;
    report.time = asn1TimeToDateTime(TS_TST_INFO_get_time(info.get()));
    // The token must cover this signature's value (the imprint), and its own signature must verify.
    ASN1_OCTET_STRING* sigValue = CMS_SignerInfo_get0_signature(si);
    const QByteArray expected = sha256(
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sigValue)), ASN1_STRING_length(sigValue)));
    ASN1_OCTET_STRING* imprint = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info.get()));
    const QByteArray got(reinterpret_cast<const char*>(ASN1_STRING_get0_data(imprint)), ASN1_STRING_length(imprint));
    CmsPtr tokenCms = parseCms(tokenDer);
    if (got != expected || !tokenCms ||
        CMS_verify(tokenCms.get(), nullptr, nullptr, nullptr, nullptr, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1) {
        ERR_clear_error();
        return report;
    }
    STACK_OF(X509)* signers = CMS_get0_signers(tokenCms.get());
    X509StackPtr certs(CMS_get1_certs(tokenCms.get()));
    X509* tsa = signers && sk_X509_num(signers) > 0 ? sk_X509_value(signers, 0) : nullptr;
    sk_X509_free(signers);
    report.status = chainTrusted(tsa, certs.get(), report.time) ? SignatureStatus::Valid : SignatureStatus::Untrusted;
    return report;
}

CmsCheck CmsVerifier::verify(const QByteArray& cmsDer, const QByteArray& content, const QDateTime& claimedTime) const
{
    CmsCheck check;
    CmsPtr cms = parseCms(cmsDer);
    STACK_OF(CMS_SignerInfo)* infos = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
        check.problem = Tr::tr("The signature data is damaged.");
        ERR_clear_error();
        return check;
    }
    check.parsed = true;
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    X509StackPtr certs(CMS_get1_certs(cms.get()));
    X509* signer = signerCertificate(cms.get(), si, certs.get());
    if (signer) {
        check.signer = commonName(signer);
        check.signerSubject = subjectOf(signer);
    }
    check.hasSigningCertificateV2 = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0;
    check.hasSigningTimeAttribute = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;

    BioPtr data(BIO_new_mem_buf(content.constData(), static_cast<int>(content.size())));
    check.intact =
        CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    ERR_clear_error();
    if (!check.intact) {
        check.problem = Tr::tr("The document was changed after it was signed, or the signature is damaged.");
        return check;
    }
    check.timestamp = checkTimestamp(si);
    // A trusted time-stamp fixes the moment the chain must have been valid; otherwise the signer's claim does.
    const QDateTime at =
        (check.timestamp && check.timestamp->status == SignatureStatus::Valid) ? check.timestamp->time : claimedTime;
    check.trusted = chainTrusted(signer, certs.get(), at);
    if (!check.trusted)
        check.problem = m_anchors.empty() ? Tr::tr("No trusted root certificate was given to check the signer.")
                                          : Tr::tr("The signer's certificate does not lead to a trusted root.");
    return check;
}

} // namespace motcua::sign
