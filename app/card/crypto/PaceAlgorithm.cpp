#include "PaceAlgorithm.h"

#include <QStringBuilder>
#include <QStringList>

namespace motcua::card {

namespace {
const QString paceArc = QStringLiteral("0.4.0.127.0.7.2.2.4.");
}

std::optional<PaceAlgorithm> PaceAlgorithm::fromOid(const QString& oid)
{
    if (!oid.startsWith(paceArc))
        return std::nullopt;
    const QStringList rest = oid.mid(paceArc.size()).split(QLatin1Char('.'));
    if (rest.size() != 2)
        return std::nullopt;
    const int family = rest[0].toInt();
    const int cipher = rest[1].toInt();
    PaceAlgorithm a;
    a.oid = oid;
    switch (family) {
    case 1:
        a.mapping = Mapping::Generic;
        a.ellipticCurve = false;
        break;
    case 2:
        a.mapping = Mapping::Generic;
        break;
    case 3:
        a.mapping = Mapping::Integrated;
        a.ellipticCurve = false;
        break;
    case 4:
        a.mapping = Mapping::Integrated;
        break;
    case 6:
        a.mapping = Mapping::ChipAuthentication;
        break;
    default:
        return std::nullopt;
    }
    switch (cipher) {
    case 1:
        if (family == 6)
            return std::nullopt;
        a.cipher = CipherKind::TripleDes;
        a.keyBits = 112;
        break;
    case 2:
    case 3:
    case 4:
        a.cipher = CipherKind::Aes;
        a.keyBits = 128 + 64 * (cipher - 2);
        break;
    default:
        return std::nullopt;
    }
    return a;
}

QString PaceAlgorithm::ecdhGenericMappingOid(CipherKind cipher, int keyBits)
{
    const int last = cipher == CipherKind::TripleDes ? 1 : (keyBits == 256 ? 4 : keyBits == 192 ? 3 : 2);
    return paceArc + QStringLiteral("2.") + QString::number(last);
}

} // namespace motcua::card
