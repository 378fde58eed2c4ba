#include "SigningKey.h"

#include <openssl/err.h>

namespace motcua::sign {

QByteArray lastOpenSslError()
{
    QByteArray text;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!text.isEmpty())
            text += "; ";
        text += buf;
    }
    return text;
}

bool SigningKey::isEc() const
{
    EVP_PKEY* pub = X509_get0_pubkey(certificate());
    return pub && EVP_PKEY_get_base_id(pub) == EVP_PKEY_EC;
}

bool SigningKey::isRsa() const
{
    EVP_PKEY* pub = X509_get0_pubkey(certificate());
    return pub && (EVP_PKEY_get_base_id(pub) == EVP_PKEY_RSA || EVP_PKEY_get_base_id(pub) == EVP_PKEY_RSA_PSS);
}

QString SigningKey::signerName() const
{
    return commonName(certificate());
}

QString commonName(X509* cert)
{
    if (!cert)
        return {};
    X509_NAME* name = X509_get_subject_name(cert);
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0) {
        char buf[512];
        X509_NAME_oneline(name, buf, sizeof buf);
        return QString::fromUtf8(buf);
    }
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return result;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

} // namespace motcua::sign
