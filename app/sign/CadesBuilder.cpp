#include "CadesBuilder.h"

#include "SignTr.h"

namespace motcua::sign {

namespace {

// RSASSA-PSS-params {sha256, mgf1(sha256), saltLength 32}: fixed, so written as DER rather than assembled.
const char kPssParamsHex[] = "3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108300d060960864801"
                             "65030402010500a203020120";

/// DER of a length for the small structures built by hand below.
QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, static_cast<char>(n));
    QByteArray b;
    while (n > 0) {
        b.prepend(static_cast<char>(n & 0xff));
        n >>= 8;
    }
    return char(0x80 | b.size()) + b;
}

QByteArray tlv(unsigned char tag, const QByteArray& value)
{
    return char(tag) + derLength(value.size()) + value;
}

/// SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with the default hash (SHA-256) omitted and
/// issuerSerial present, so verifiers can match the certificate without guessing.
QByteArray signingCertificateV2(X509* cert)
{
    const QByteArray certHash = sha256(toDer(cert, i2d_X509));
    // GeneralNames { directoryName [4] Name }
    const QByteArray issuer = toDer(X509_get_issuer_name(cert), i2d_X509_NAME);
    const QByteArray serial = toDer(X509_get_serialNumber(cert), i2d_ASN1_INTEGER);
    const QByteArray generalNames = tlv(0x30, tlv(0xa4, issuer));
    const QByteArray issuerSerial = tlv(0x30, generalNames + serial);
    const QByteArray essCertIdV2 = tlv(0x30, tlv(0x04, certHash) + issuerSerial);
    return tlv(0x30, tlv(0x30, essCertIdV2));
}

bool addSequenceAttribute(PKCS7_SIGNER_INFO* si, int nid, const QByteArray& der, bool signedAttr)
{
    ASN1_STRING* s = ASN1_STRING_new();
    ASN1_STRING_set(s, der.constData(), static_cast<int>(der.size()));
    const int ok = signedAttr ? PKCS7_add_signed_attribute(si, nid, V_ASN1_SEQUENCE, s)
                              : PKCS7_add_attribute(si, nid, V_ASN1_SEQUENCE, s);
    if (!ok)
        ASN1_STRING_free(s);
    return ok == 1;
}

void setSignatureAlgorithm(X509_ALGOR* alg, SignatureScheme scheme)
{
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
        X509_ALGOR_set0(alg, OBJ_nid2obj(NID_rsaEncryption), V_ASN1_NULL, nullptr);
        break;
    case SignatureScheme::Ecdsa:
        X509_ALGOR_set0(alg, OBJ_nid2obj(NID_ecdsa_with_SHA256), V_ASN1_UNDEF, nullptr);
        break;
    case SignatureScheme::RsaPss: {
        const QByteArray params = QByteArray::fromHex(kPssParamsHex);
        ASN1_STRING* s = ASN1_STRING_new();
        ASN1_STRING_set(s, params.constData(), static_cast<int>(params.size()));
        X509_ALGOR_set0(alg, OBJ_nid2obj(NID_rsassaPss), V_ASN1_SEQUENCE, s);
        break;
    }
    }
}

} // namespace

Result<QByteArray> CadesBuilder::build(SigningKey& key, const QByteArray& contentDigest, SignatureScheme scheme,
                                       const Timestamper& timestamper)
{
    X509* cert = key.certificate();
    if (key.isEc() != (scheme == SignatureScheme::Ecdsa))
        return Status(Status::Code::InputRejected, Tr::tr("The signature scheme does not fit the key."));
    Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || !PKCS7_set_type(p7.get(), NID_pkcs7_signed) || !PKCS7_content_new(p7.get(), NID_pkcs7_data))
        return Status::failed(Tr::tr("Cannot build the signature."), QString::fromLatin1(lastOpenSslError()));
    PKCS7_add_certificate(p7.get(), cert);
    for (const X509Ptr& c : key.chain())
        PKCS7_add_certificate(p7.get(), c.get());

    // The SignerInfo is filled by hand: PKCS7_SIGNER_INFO_set needs the private key, which a token never gives.
    PKCS7_SIGNER_INFO* si = PKCS7_SIGNER_INFO_new();
    ASN1_INTEGER_set(si->version, 1);
    X509_NAME_set(&si->issuer_and_serial->issuer, X509_get_issuer_name(cert));
    ASN1_INTEGER_free(si->issuer_and_serial->serial);
    si->issuer_and_serial->serial = ASN1_INTEGER_dup(X509_get_serialNumber(cert));
    X509_ALGOR_set0(si->digest_alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    setSignatureAlgorithm(si->digest_enc_alg, scheme);
    if (!PKCS7_add_signer(p7.get(), si)) {
        PKCS7_SIGNER_INFO_free(si);
        return Status::failed(Tr::tr("Cannot build the signature."), QString::fromLatin1(lastOpenSslError()));
    }
    PKCS7_set_detached(p7.get(), 1);

    PKCS7_add_signed_attribute(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data));
    ASN1_OCTET_STRING* md = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(md, reinterpret_cast<const unsigned char*>(contentDigest.constData()),
                          static_cast<int>(contentDigest.size()));
    PKCS7_add_signed_attribute(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, md);
    if (!addSequenceAttribute(si, NID_id_smime_aa_signingCertificateV2, signingCertificateV2(cert), true))
        return Status::failed(Tr::tr("Cannot build the signature."), QString::fromLatin1(lastOpenSslError()));

    // What is signed is the DER SET OF the signed attributes, exactly as they will be written.
    unsigned char* abuf = nullptr;
    const int alen =
        ASN1_item_i2d(reinterpret_cast<ASN1_VALUE*>(si->auth_attr), &abuf, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    if (alen <= 0)
        return Status::failed(Tr::tr("Cannot build the signature."), QString::fromLatin1(lastOpenSslError()));
    const QByteArray signedAttrs(reinterpret_cast<const char*>(abuf), alen);
    OPENSSL_free(abuf);
    Result<QByteArray> value = key.sign(signedAttrs, scheme);
    if (!value)
        return value.status();
    ASN1_STRING_set(si->enc_digest, value->constData(), static_cast<int>(value->size()));

    if (timestamper) {
        Result<QByteArray> token = timestamper(*value);
        if (!token)
            return token.status();
        if (!addSequenceAttribute(si, NID_id_smime_aa_timeStampToken, *token, false))
            return Status::failed(Tr::tr("Cannot add the time-stamp."), QString::fromLatin1(lastOpenSslError()));
    }
    return toDer(p7.get(), i2d_PKCS7);
}

} // namespace motcua::sign
