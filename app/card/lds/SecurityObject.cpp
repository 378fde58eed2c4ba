#include "SecurityObject.h"

#include "CardErrors.h"
#include "crypto/OpenSslHandles.h"
#include "tlv/Asn1.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <openssl/objects.h>

namespace motcua::card {

namespace {

Status bad(const char* detail)
{
    return malformedData(CardTr::tr("The card's security object (EF.SOD) is malformed."), QString::fromLatin1(detail));
}

QString objectText(const ASN1_OBJECT* object)
{
    char buffer[128];
    const int n = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return n > 0 && n < int(sizeof buffer) ? QString::fromLatin1(buffer, n) : QString();
}

} // namespace

QString SecurityObject::digestName() const
{
    if (hashAlgorithm == QLatin1String("1.3.14.3.2.26"))
        return QStringLiteral("SHA1");
    if (hashAlgorithm == QLatin1String("2.16.840.1.101.3.4.2.4"))
        return QStringLiteral("SHA224");
    if (hashAlgorithm == QLatin1String("2.16.840.1.101.3.4.2.1"))
        return QStringLiteral("SHA256");
    if (hashAlgorithm == QLatin1String("2.16.840.1.101.3.4.2.2"))
        return QStringLiteral("SHA384");
    if (hashAlgorithm == QLatin1String("2.16.840.1.101.3.4.2.3"))
        return QStringLiteral("SHA512");
    return {};
}

Result<SecurityObject> SecurityObject::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x77)
        return bad("SOD: tag");
    auto contentInfo = BerTlvReader::parseSingle(outer->value);
    if (!contentInfo)
        return contentInfo.status();
    SecurityObject sod;
    sod.cms = contentInfo->raw;
    const auto* p = reinterpret_cast<const uchar*>(sod.cms.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(sod.cms.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return bad("SOD: not a CMS SignedData");
    sod.eContentType = objectText(CMS_get0_eContentType(cms.get()));
    ASN1_OCTET_STRING** content = CMS_get0_content(cms.get());
    if (!content || !*content)
        return bad("SOD: no eContent");
    sod.eContent =
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content));
    if (sod.eContentType != QLatin1String(LdsSecurityObjectOid))
        return bad("SOD: eContentType is not id-icao-ldsSecurityObject");
    const Status status = parseLdsSecurityObject(sod.eContent, sod);
    if (!status)
        return status;
    return sod;
}

Status SecurityObject::parseLdsSecurityObject(const QByteArray& der, SecurityObject& into)
{
    auto seq = BerTlvReader::parseSingle(der);
    if (!seq)
        return seq.status();
    if (seq->tag != Asn1::Sequence)
        return bad("LDSSecurityObject: not a SEQUENCE");
    auto elements = seq->children();
    if (!elements)
        return elements.status();
    if (elements->size() < 3 || elements->at(0).tag != Asn1::Integer || elements->at(1).tag != Asn1::Sequence ||
        elements->at(2).tag != Asn1::Sequence)
        return bad("LDSSecurityObject: structure");
    auto version = Asn1::decodeInteger(elements->at(0).value);
    if (!version)
        return version.status();
    into.version = int(*version);
    auto algorithm = elements->at(1).children();
    if (!algorithm)
        return algorithm.status();
    if (algorithm->isEmpty() || algorithm->at(0).tag != Asn1::ObjectIdentifier)
        return bad("LDSSecurityObject: hash algorithm");
    auto oid = Asn1::decodeOid(algorithm->at(0).value);
    if (!oid)
        return oid.status();
    into.hashAlgorithm = *oid;
    auto hashes = elements->at(2).children();
    if (!hashes)
        return hashes.status();
    if (hashes->isEmpty() || hashes->size() > 16)
        return bad("LDSSecurityObject: data group hash count");
    into.dataGroupHashes.clear();
    for (const Tlv& entry : *hashes) {
        auto fields = entry.children();
        if (!fields)
            return fields.status();
        if (entry.tag != Asn1::Sequence || fields->size() != 2 || fields->at(0).tag != Asn1::Integer ||
            fields->at(1).tag != Asn1::OctetString)
            return bad("LDSSecurityObject: DataGroupHash");
        auto number = Asn1::decodeInteger(fields->at(0).value);
        if (!number)
            return number.status();
        if (*number < 1 || *number > 16 || into.dataGroupHashes.contains(int(*number)))
            return bad("LDSSecurityObject: data group number");
        into.dataGroupHashes.insert(int(*number), fields->at(1).value);
    }
    return Status::ok();
}

QByteArray SecurityObject::encodeLdsSecurityObject(const QString& hashAlgorithmOid, const QMap<int, QByteArray>& hashes)
{
    QList<QByteArray> entries;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        entries.append(DerWriter::sequence({DerWriter::integer(it.key()), DerWriter::octetString(it.value())}));
    return DerWriter::sequence({DerWriter::integer(0),
                                DerWriter::sequence({DerWriter::objectIdentifier(hashAlgorithmOid)}),
                                DerWriter::sequence(entries)});
}

} // namespace motcua::card
