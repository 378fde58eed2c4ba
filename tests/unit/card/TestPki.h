#pragma once

#include "crypto/OpenSslHandles.h"
#include "lds/SecurityObject.h"
#include "tlv/DerWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>

#include <openssl/objects.h>
#include <openssl/pem.h>

// Test PKI generated at test time by tests/tools/make-test-pki.sh (CSCA on brainpoolP512r1 with
// explicit parameters and SHA-512, a document signer, an unrelated CSCA), and an EF.SOD signer.
namespace testpki {

inline bool generate(const QString& dir)
{
    QProcess process;
    process.start(QStringLiteral("sh"), {QStringLiteral(CARD_TEST_PKI_SCRIPT), dir});
    return process.waitForFinished(120000) && process.exitCode() == 0 && QFile::exists(dir + QStringLiteral("/ds.pem"));
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// EF.SOD (tag 77) over the SHA-256 of each data group's raw bytes, CMS-signed by the PEM signer.
inline QByteArray signSod(const QString& certPem, const QString& keyPem, const QMap<int, QByteArray>& dataGroups)
{
    using namespace motcua::card;
    QMap<int, QByteArray> hashes;
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it)
        hashes.insert(it.key(), QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256));
    const QByteArray lds = SecurityObject::encodeLdsSecurityObject(QStringLiteral("2.16.840.1.101.3.4.2.1"), hashes);

    const QByteArray certBytes = readFile(certPem);
    const QByteArray keyBytes = readFile(keyPem);
    BioPtr certBio(BIO_new_mem_buf(certBytes.constData(), int(certBytes.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!cert || !key)
        return {};
    CmsPtr cms(CMS_sign(cert.get(), key.get(), nullptr, nullptr, CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP));
    ASN1_OBJECT* type = OBJ_txt2obj(SecurityObject::LdsSecurityObjectOid, 1);
    const bool typed = cms && CMS_set1_eContentType(cms.get(), type) == 1;
    ASN1_OBJECT_free(type);
    BioPtr data(BIO_new_mem_buf(lds.constData(), int(lds.size())));
    if (!typed || CMS_final(cms.get(), data.get(), nullptr, CMS_BINARY) != 1)
        return {};
    const int length = i2d_CMS_ContentInfo(cms.get(), nullptr);
    QByteArray der(length, '\0');
    auto* p = reinterpret_cast<uchar*>(der.data());
    i2d_CMS_ContentInfo(cms.get(), &p);
    return DerWriter::tlv(0x77, der);
}

} // namespace testpki
