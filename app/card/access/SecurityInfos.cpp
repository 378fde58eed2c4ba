#include "SecurityInfos.h"

#include "CardErrors.h"
#include "crypto/EcCurve.h"
#include "tlv/Asn1.h"
#include "tlv/BerTlv.h"

#include <QStringBuilder>

#include <algorithm>

namespace motcua::card {

namespace {

const QString bsiArc = QStringLiteral("0.4.0.127.0.7.2.2.");
const QString activeAuthenticationOid = QStringLiteral("2.23.136.1.1.5");

Status bad(const char* detail)
{
    return malformedData(CardTr::tr("The card's list of security protocols is malformed."),
                         QString::fromLatin1(detail));
}

int depthAfter(const QString& oid, const QString& arc)
{
    return oid.startsWith(arc) ? int(oid.mid(arc.size()).count(QLatin1Char('.'))) + 1 : 0;
}

Result<std::optional<int>> optionalInteger(const QList<Tlv>& elements, int index)
{
    if (elements.size() <= index)
        return std::optional<int>();
    if (elements[index].tag != Asn1::Integer)
        return bad("SecurityInfo: optional element is not an INTEGER");
    auto v = Asn1::decodeInteger(elements[index].value);
    if (!v)
        return v.status();
    return std::optional<int>(int(*v));
}

Result<int> requiredInteger(const QList<Tlv>& elements)
{
    if (elements.size() < 2 || elements[1].tag != Asn1::Integer)
        return bad("SecurityInfo: version is not an INTEGER");
    auto v = Asn1::decodeInteger(elements[1].value);
    if (!v)
        return v.status();
    if (*v > 0xFFFF)
        return bad("SecurityInfo: version out of range");
    return int(*v);
}

} // namespace

Result<SecurityInfos> SecurityInfos::parse(const QByteArray& der)
{
    auto set = BerTlvReader::parseSingle(der);
    if (!set)
        return set.status();
    if (set->tag != Asn1::Set)
        return bad("SecurityInfos: not a SET");
    auto infos = set->children();
    if (!infos)
        return infos.status();
    SecurityInfos result;
    for (const Tlv& info : *infos) {
        if (info.tag != Asn1::Sequence)
            return bad("SecurityInfo: not a SEQUENCE");
        auto elements = info.children();
        if (!elements)
            return elements.status();
        if (elements->size() < 2 || elements->size() > 3 || elements->at(0).tag != Asn1::ObjectIdentifier)
            return bad("SecurityInfo: wrong element count");
        auto oid = Asn1::decodeOid(elements->at(0).value);
        if (!oid)
            return oid.status();
        const QString protocol = *oid;

        if (protocol.startsWith(bsiArc + QStringLiteral("4.")) && depthAfter(protocol, bsiArc) == 3) {
            auto version = requiredInteger(*elements);
            auto parameter = optionalInteger(*elements, 2);
            if (!version || !parameter)
                return !version ? version.status() : parameter.status();
            result.pace.append({protocol, *version, *parameter});
        } else if (protocol.startsWith(bsiArc + QStringLiteral("4.")) && depthAfter(protocol, bsiArc) == 2) {
            if (elements->at(1).tag != Asn1::Sequence)
                return bad("PACEDomainParameterInfo: no AlgorithmIdentifier");
            auto parameter = optionalInteger(*elements, 2);
            if (!parameter)
                return parameter.status();
            result.paceDomainParameters.append({protocol, elements->at(1).raw, *parameter});
        } else if (protocol.startsWith(bsiArc + QStringLiteral("3.")) && depthAfter(protocol, bsiArc) == 3) {
            auto version = requiredInteger(*elements);
            auto keyId = optionalInteger(*elements, 2);
            if (!version || !keyId)
                return !version ? version.status() : keyId.status();
            result.chipAuthentication.append({protocol, *version, *keyId});
        } else if (protocol.startsWith(bsiArc + QStringLiteral("1.")) && depthAfter(protocol, bsiArc) == 2) {
            if (elements->at(1).tag != Asn1::Sequence)
                return bad("ChipAuthenticationPublicKeyInfo: no SubjectPublicKeyInfo");
            auto keyId = optionalInteger(*elements, 2);
            if (!keyId)
                return keyId.status();
            result.chipAuthenticationPublicKeys.append({protocol, elements->at(1).raw, *keyId});
        } else if (protocol == bsiArc + QStringLiteral("2")) {
            auto version = requiredInteger(*elements);
            if (!version)
                return version.status();
            result.terminalAuthentication.append({protocol, *version});
        } else if (protocol == activeAuthenticationOid) {
            auto version = requiredInteger(*elements);
            if (!version)
                return version.status();
            QString algorithm;
            if (elements->size() == 3) {
                if (elements->at(2).tag != Asn1::ObjectIdentifier)
                    return bad("ActiveAuthenticationInfo: signatureAlgorithm is not an OID");
                auto a = Asn1::decodeOid(elements->at(2).value);
                if (!a)
                    return a.status();
                algorithm = *a;
            }
            result.activeAuthentication.append({protocol, *version, algorithm});
        } else {
            result.otherProtocols.append(protocol);
        }
    }
    return result;
}

std::optional<PaceConfiguration> SecurityInfos::choosePace() const
{
    QList<PaceConfiguration> candidates;
    for (const PaceInfo& info : pace) {
        const auto algorithm = PaceAlgorithm::fromOid(info.protocol);
        if (!algorithm || !algorithm->isSupported() || !info.parameterId ||
            EcCurve::nidForParameterId(*info.parameterId) == 0)
            continue;
        candidates.append({*algorithm, *info.parameterId, true});
    }
    if (candidates.isEmpty())
        return std::nullopt;
    // AES before 3DES, longer keys first; the card's order breaks ties.
    std::stable_sort(candidates.begin(), candidates.end(), [](const PaceConfiguration& a, const PaceConfiguration& b) {
        const int ra = (a.algorithm.cipher == CipherKind::Aes ? 1000 : 0) + a.algorithm.keyBits;
        const int rb = (b.algorithm.cipher == CipherKind::Aes ? 1000 : 0) + b.algorithm.keyBits;
        return ra > rb;
    });
    return candidates.first();
}

} // namespace motcua::card
