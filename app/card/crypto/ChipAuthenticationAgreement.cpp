#include "ChipAuthenticationAgreement.h"

#include <QStringBuilder>

#include "CardErrors.h"
#include "KeyDerivation.h"
#include "tlv/Asn1.h"
#include "tlv/DerWriter.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

namespace motcua::card {

namespace {

const QString caEcdhArc = QStringLiteral("0.4.0.127.0.7.2.2.3.2.");

Status unsupported(const QString& what)
{
    return Status(Status::Code::Failed,
                  CardTr::tr("The card offers a chip authentication this program does not support."), what);
}

QByteArray encodedPublicKey(EVP_PKEY* key)
{
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0, &length) != 1)
        return {};
    QByteArray out(qsizetype(length), '\0');
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, reinterpret_cast<uchar*>(out.data()),
                                        length, &length) != 1)
        return {};
    return out;
}

// A public key on the same domain parameters as `reference`, from an encoded point.
EvpPkeyPtr publicKeyLike(EVP_PKEY* reference, const QByteArray& point)
{
    OSSL_PARAM* domain = nullptr;
    if (EVP_PKEY_todata(reference, EVP_PKEY_KEY_PARAMETERS, &domain) != 1)
        return {};
    QByteArray copy = point;
    OSSL_PARAM pub[] = {OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, copy.data(), size_t(copy.size())),
                        OSSL_PARAM_construct_end()};
    OSSL_PARAM* merged = OSSL_PARAM_merge(domain, pub);
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    const bool ok = merged && ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1 &&
                    EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, merged) == 1;
    OSSL_PARAM_free(merged);
    OSSL_PARAM_free(domain);
    EvpPkeyPtr result(ok ? key : nullptr);
    if (!ok)
        EVP_PKEY_free(key);
    // fromdata does not check that the point is on the curve; the public key check does.
    if (result) {
        EvpPkeyCtxPtr check(EVP_PKEY_CTX_new(result.get(), nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1)
            result.reset();
    }
    ERR_clear_error();
    return result;
}

// 84 { the contents of the DG14 keyId INTEGER } (01 for key 1, 00 80 for key 128).
QByteArray keyReference(int keyId)
{
    return DerWriter::tlv(0x84, DerWriter::integer(keyId).mid(2));
}

} // namespace

std::optional<ChipAuthenticationAgreement::Algorithm>
ChipAuthenticationAgreement::Algorithm::fromOid(const QString& oid)
{
    if (!oid.startsWith(caEcdhArc))
        return std::nullopt;
    bool ok = false;
    const int last = oid.mid(caEcdhArc.size()).toInt(&ok);
    if (!ok || last < 1 || last > 4)
        return std::nullopt;
    Algorithm a;
    a.oid = oid;
    a.cipher = last == 1 ? CipherKind::TripleDes : CipherKind::Aes;
    a.keyBits = last == 1 ? 112 : 128 + 64 * (last - 2);
    return a;
}

ChipAuthenticationAgreement::ChipAuthenticationAgreement(Algorithm algorithm, EvpPkeyPtr chipKey, EvpPkeyPtr ephemeral,
                                                         QByteArray ephemeralPublic)
    : m_algorithm(std::move(algorithm)), m_chipKey(chipKey.release(), EVP_PKEY_free),
      m_ephemeral(ephemeral.release(), EVP_PKEY_free), m_ephemeralPublic(std::move(ephemeralPublic))
{}

Result<ChipAuthenticationAgreement> ChipAuthenticationAgreement::create(const QString& protocolOid,
                                                                        const QByteArray& chipPublicKeyInfo)
{
    const auto algorithm = Algorithm::fromOid(protocolOid);
    if (!algorithm)
        return unsupported(QStringLiteral("CA: %1").arg(protocolOid));
    const auto* p = reinterpret_cast<const uchar*>(chipPublicKeyInfo.constData());
    EvpPkeyPtr chipKey(d2i_PUBKEY(nullptr, &p, long(chipPublicKeyInfo.size())));
    if (!chipKey || EVP_PKEY_get_base_id(chipKey.get()) != EVP_PKEY_EC) {
        ERR_clear_error();
        return malformedData(CardTr::tr("The card's chip authentication key is malformed."),
                             QStringLiteral("CA: public key is not an EC key"));
    }
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(chipKey.get(), nullptr));
    EVP_PKEY* ephemeral = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &ephemeral) != 1)
        return cryptoFailure("CA: ephemeral key generation");
    EvpPkeyPtr ephemeralKey(ephemeral);
    // 04 || X || Y whatever form the chip's key was encoded in.
    EVP_PKEY_set_utf8_string_param(ephemeralKey.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                   OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_UNCOMPRESSED);
    const QByteArray point = encodedPublicKey(ephemeralKey.get());
    if (point.isEmpty())
        return cryptoFailure("CA: ephemeral public key");
    return ChipAuthenticationAgreement(*algorithm, std::move(chipKey), std::move(ephemeralKey), point);
}

CommandApdu ChipAuthenticationAgreement::mseSetAtCommand(std::optional<int> keyId) const
{
    QByteArray data = DerWriter::tlv(0x80, Asn1::encodeOid(m_algorithm.oid));
    if (keyId)
        data.append(keyReference(*keyId));
    return CommandApdu{0x00, 0x22, 0x41, 0xA4, data, -1};
}

CommandApdu ChipAuthenticationAgreement::generalAuthenticateCommand() const
{
    return CommandApdu{0x00, 0x86, 0x00, 0x00, DerWriter::tlv(0x7C, DerWriter::tlv(0x80, m_ephemeralPublic)), 256};
}

CommandApdu ChipAuthenticationAgreement::mseSetKatCommand(std::optional<int> keyId) const
{
    QByteArray data = DerWriter::tlv(0x91, m_ephemeralPublic);
    if (keyId)
        data.append(keyReference(*keyId));
    return CommandApdu{0x00, 0x22, 0x41, 0xA6, data, -1};
}

Result<QByteArray> ChipAuthenticationAgreement::deriveSecret(EVP_PKEY* own, EVP_PKEY* peer)
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(own, nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1) {
        ERR_clear_error();
        return securityCheckFailed(CardTr::tr("Chip authentication failed."), QStringLiteral("CA: key agreement"));
    }
    QByteArray secret(qsizetype(length), '\0');
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<uchar*>(secret.data()), &length) != 1)
        return cryptoFailure("CA: derive");
    secret.resize(qsizetype(length));
    return secret;
}

SecureMessaging ChipAuthenticationAgreement::sessionFrom(const Algorithm& a, const QByteArray& secret)
{
    return SecureMessaging(a.cipher,
                           KeyDerivation::derive(secret, KeyDerivation::Purpose::Encryption, a.cipher, a.keyBits),
                           KeyDerivation::derive(secret, KeyDerivation::Purpose::Mac, a.cipher, a.keyBits),
                           QByteArray(BlockCipher::blockSize(a.cipher), '\0'));
}

Result<SecureMessaging> ChipAuthenticationAgreement::session() const
{
    auto secret = deriveSecret(m_ephemeral.get(), m_chipKey.get());
    if (!secret)
        return secret.status();
    return sessionFrom(m_algorithm, *secret);
}

Result<SecureMessaging> ChipAuthenticationAgreement::chipSession(const QString& protocolOid,
                                                                 const QByteArray& chipPrivateKeyDer,
                                                                 const QByteArray& terminalEphemeralPublicKey)
{
    const auto algorithm = Algorithm::fromOid(protocolOid);
    if (!algorithm)
        return unsupported(QStringLiteral("CA: %1").arg(protocolOid));
    const auto* p = reinterpret_cast<const uchar*>(chipPrivateKeyDer.constData());
    EvpPkeyPtr chipKey(d2i_AutoPrivateKey(nullptr, &p, long(chipPrivateKeyDer.size())));
    if (!chipKey)
        return cryptoFailure("CA: chip private key");
    EvpPkeyPtr peer = publicKeyLike(chipKey.get(), terminalEphemeralPublicKey);
    if (!peer)
        return malformedData(CardTr::tr("The terminal's chip authentication key is malformed."),
                             QStringLiteral("CA: terminal key not on the curve"));
    auto secret = deriveSecret(chipKey.get(), peer.get());
    if (!secret)
        return secret.status();
    return sessionFrom(*algorithm, *secret);
}

} // namespace motcua::card
