#include "Dg15.h"

#include "CardErrors.h"
#include "crypto/OpenSslHandles.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <openssl/x509.h>

namespace motcua::card {

Result<Dg15> Dg15::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x6F)
        return malformedData(CardTr::tr("Data group 15 (active authentication key) is malformed."),
                             QStringLiteral("DG15: tag"));
    auto spki = BerTlvReader::parseSingle(outer->value);
    if (!spki)
        return spki.status();
    const auto* p = reinterpret_cast<const uchar*>(spki->raw.constData());
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki->raw.size())));
    if (!key)
        return malformedData(CardTr::tr("Data group 15 (active authentication key) is malformed."),
                             QStringLiteral("DG15: SubjectPublicKeyInfo does not load"));
    Dg15 dg;
    dg.subjectPublicKeyInfo = spki->raw;
    const int type = EVP_PKEY_get_base_id(key.get());
    if (type == EVP_PKEY_RSA)
        dg.keyType = KeyType::Rsa;
    else if (type == EVP_PKEY_EC)
        dg.keyType = KeyType::Ec;
    else
        return malformedData(CardTr::tr("Data group 15 (active authentication key) is malformed."),
                             QStringLiteral("DG15: key type %1").arg(type));
    dg.keyBits = EVP_PKEY_get_bits(key.get());
    return dg;
}

QByteArray Dg15::encode(const QByteArray& subjectPublicKeyInfo)
{
    return DerWriter::tlv(0x6F, subjectPublicKeyInfo);
}

} // namespace motcua::card
