#include "MasterList.h"

#include "CardErrors.h"
#include "crypto/OpenSslHandles.h"
#include "tlv/Asn1.h"
#include "tlv/BerTlv.h"

#include <openssl/objects.h>

namespace motcua::card {

namespace {

Status bad(const char* detail)
{
    return malformedData(CardTr::tr("The CSCA master list is malformed."), QString::fromLatin1(detail));
}

// 06 06 67 81 08 01 01 02: OBJECT IDENTIFIER 2.23.136.1.1.2 (id-icao-cscaMasterList)
const QByteArray contentTypeDer("\x06\x06\x67\x81\x08\x01\x01\x02", 8);

} // namespace

bool MasterList::looksLikeMasterList(const QByteArray& der)
{
    return der.startsWith('\x30') && der.left(128).contains(contentTypeDer);
}

Result<QList<QByteArray>> MasterList::parse(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const uchar*>(der.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return bad("master list: not a CMS SignedData");
    char type[64];
    const int n = OBJ_obj2txt(type, sizeof type, CMS_get0_eContentType(cms.get()), 1);
    if (n <= 0 || QLatin1String(type, n) != QLatin1String(ContentTypeOid))
        return bad("master list: wrong eContentType");
    // The signature is checked with the signer certificate the list carries: this proves the list
    // is intact, not who signed it (the CSCAs inside are trusted because the operator chose the file).
    BioPtr out(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms.get(), nullptr, nullptr, nullptr, out.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1)
        return securityCheckFailed(CardTr::tr("The CSCA master list's signature does not verify."),
                                   QStringLiteral("master list: CMS signature"));
    char* data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return parseContent(QByteArray(data, int(length)));
}

Result<QList<QByteArray>> MasterList::parseContent(const QByteArray& content)
{
    auto seq = BerTlvReader::parseSingle(content);
    if (!seq)
        return seq.status();
    auto elements = seq->children();
    if (!elements)
        return elements.status();
    if (seq->tag != Asn1::Sequence || elements->size() != 2 || elements->at(0).tag != Asn1::Integer ||
        elements->at(1).tag != Asn1::Set)
        return bad("master list: CscaMasterList structure");
    auto certificates = elements->at(1).children();
    if (!certificates)
        return certificates.status();
    QList<QByteArray> result;
    for (const Tlv& certificate : *certificates) {
        const auto* p = reinterpret_cast<const uchar*>(certificate.raw.constData());
        X509Ptr x509(d2i_X509(nullptr, &p, long(certificate.raw.size())));
        if (!x509)
            return bad("master list: certificate does not parse");
        result.append(certificate.raw);
    }
    return result;
}

} // namespace motcua::card
