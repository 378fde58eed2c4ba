#include "ChipAuthentication.h"

#include "CardErrors.h"
#include "crypto/EcCurve.h"
#include "crypto/KeyDerivation.h"
#include "crypto/OpenSslHandles.h"
#include "pcsc/PcscError.h"
#include "tlv/Asn1.h"
#include "tlv/DerWriter.h"

#include <openssl/core_names.h>
#include <openssl/x509.h>

namespace motcua::card {

namespace {
constexpr const char* kCaEcdhArc = "0.4.0.127.0.7.2.2.3.2.";
constexpr const char* kEcPublicKeyOid = "1.2.840.10045.2.1";

int parameterIdForNid(int nid)
{
    for (int id = 8; id <= 18; ++id)
        if (EcCurve::nidForParameterId(id) == nid)
            return id;
    return 0;
}
} // namespace

std::optional<ChipAuthentication::Cipher> ChipAuthentication::cipherForProtocol(const QString& oid)
{
    if (!oid.startsWith(QLatin1String(kCaEcdhArc)))
        return std::nullopt;
    switch (oid.mid(int(qstrlen(kCaEcdhArc))).toInt()) {
    case 1:
        return Cipher{CipherKind::TripleDes, 128};
    case 2:
        return Cipher{CipherKind::Aes, 128};
    case 3:
        return Cipher{CipherKind::Aes, 192};
    case 4:
        return Cipher{CipherKind::Aes, 256};
    default:
        return std::nullopt;
    }
}

QByteArray ChipAuthentication::encodePublicKeyInfo(int parameterId, const QByteArray& point)
{
    char dotted[80] = {};
    OBJ_obj2txt(dotted, sizeof dotted, OBJ_nid2obj(EcCurve::nidForParameterId(parameterId)), 1);
    const QByteArray algorithm = DerWriter::sequence({DerWriter::objectIdentifier(QLatin1String(kEcPublicKeyOid)),
                                                      DerWriter::objectIdentifier(QLatin1String(dotted))});
    return DerWriter::sequence({algorithm, DerWriter::tlv(0x03, QByteArray(1, '\0') + point)});
}

Result<std::pair<int, QByteArray>> ChipAuthentication::decodePublicKeyInfo(const QByteArray& spki)
{
    const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki.size())));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return malformedData(CardTr::tr("The card's chip authentication key is malformed."),
                             QStringLiteral("DG14 ChipAuthenticationPublicKeyInfo"));
    char group[80] = {};
    size_t groupLength = 0;
    const int id =
        EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLength)
            ? parameterIdForNid(OBJ_sn2nid(group))
            : 0;
    QByteArray point(200, '\0');
    size_t pointLength = 0;
    if (id == 0 || !EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                                    reinterpret_cast<unsigned char*>(point.data()),
                                                    size_t(point.size()), &pointLength))
        return Status(Status::Code::Failed,
                      CardTr::tr("The card's chip authentication key uses unsupported parameters."),
                      QStringLiteral("CA key curve"));
    point.truncate(int(pointLength));
    return std::make_pair(id, point);
}

SecureMessaging ChipAuthentication::sessionFor(const Cipher& cipher, const QByteArray& sharedX)
{
    return SecureMessaging(
        cipher.kind, KeyDerivation::derive(sharedX, KeyDerivation::Purpose::Encryption, cipher.kind, cipher.keyBits),
        KeyDerivation::derive(sharedX, KeyDerivation::Purpose::Mac, cipher.kind, cipher.keyBits),
        QByteArray(BlockCipher::blockSize(cipher.kind), '\0'));
}

Result<ChipCheckVerdict> ChipAuthentication::perform(SecureChannel& channel, const SecurityInfos& dg14)
{
    std::optional<Cipher> cipher;
    const ChipAuthenticationInfo* info = nullptr;
    for (const ChipAuthenticationInfo& candidate : dg14.chipAuthentication) {
        if ((cipher = cipherForProtocol(candidate.protocol))) {
            info = &candidate;
            break;
        }
    }
    const ChipAuthenticationPublicKeyInfo* keyInfo = nullptr;
    for (const ChipAuthenticationPublicKeyInfo& candidate : dg14.chipAuthenticationPublicKeys)
        if (info && (!info->keyId || candidate.keyId == info->keyId))
            keyInfo = &candidate;
    if (!info || !keyInfo)
        return ChipCheckVerdict::NotSupported;
    auto chipKey = decodePublicKeyInfo(keyInfo->subjectPublicKeyInfo);
    if (!chipKey)
        return ChipCheckVerdict::NotSupported;
    auto curve = EcCurve::standardized(chipKey->first);
    if (!curve)
        return ChipCheckVerdict::NotSupported;
    const QByteArray ephemeralPrivate = curve->generatePrivateKey();
    auto ephemeralPublic = curve->publicKey(ephemeralPrivate);
    auto shared = curve->multiply(ephemeralPrivate, chipKey->second);
    if (!ephemeralPublic || !shared)
        return ChipCheckVerdict::Invalid; // the chip's key is not a point on its curve

    CommandApdu mse;
    mse.ins = 0x22;
    mse.p1 = 0x41;
    mse.p2 = 0xA4;
    mse.data = DerWriter::tlv(0x80, Asn1::encodeOid(info->protocol));
    if (keyInfo->keyId)
        mse.data += DerWriter::tlv(0x84, DerWriter::integer(*keyInfo->keyId).mid(2));
    auto r = channel.send(mse);
    if (!r)
        return r.status();
    if (!r->isSuccess()) {
        qCInfo(lcCardIo) << "chip authentication refused by MSE:Set AT" << Qt::hex << r->sw;
        return channel.isSecured() ? ChipCheckVerdict::NotSupported : ChipCheckVerdict::Invalid;
    }
    CommandApdu ga;
    ga.ins = 0x86;
    ga.data = DerWriter::tlv(0x7C, DerWriter::tlv(0x80, *ephemeralPublic));
    ga.le = 256;
    r = channel.send(ga);
    if (!r)
        return r.status();
    if (!r->isSuccess() || channel.sessionLost())
        return ChipCheckVerdict::Invalid;

    channel.setSession(sessionFor(*cipher, curve->xCoordinate(*shared)));
    // Proof: the first answer under the new keys must carry a valid MAC (only the chip's private key gives them).
    CommandApdu probe;
    probe.ins = 0xB0;
    probe.p1 = 0x80 | 0x1E; // EF.COM by short identifier, one byte
    probe.le = 1;
    r = channel.send(probe);
    if (!r) {
        if (r.status().code() != Status::Code::SecurityCheckFailed)
            return r.status();
        channel.clearSession();
        return ChipCheckVerdict::Invalid;
    }
    if (channel.sessionLost() || !r->isSuccess()) {
        channel.clearSession();
        return ChipCheckVerdict::Invalid;
    }
    return ChipCheckVerdict::Valid;
}

} // namespace motcua::card
