#include "PaceProtocol.h"

#include "CardErrors.h"
#include "KeyDerivation.h"
#include "MessageAuthentication.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <QStringBuilder>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace motcua::card {

namespace {

Status outOfOrder(const char* step)
{
    return Status::failed(CardTr::tr("The access protocol was run out of order."), QString::fromLatin1(step));
}

} // namespace

Result<PaceProtocol> PaceProtocol::create(Role role, const PaceAlgorithm& algorithm, int parameterId,
                                          QByteArray passwordKey)
{
    if (!algorithm.isSupported())
        return Status(Status::Code::Failed,
                      CardTr::tr("The card offers only access protocols this program does not support."),
                      QStringLiteral("PACE: %1 unsupported").arg(algorithm.oid));
    auto curve = EcCurve::standardized(parameterId);
    if (!curve)
        return curve.status();
    return PaceProtocol(role, algorithm, std::move(*curve), std::move(passwordKey));
}

PaceProtocol::PaceProtocol(Role role, PaceAlgorithm algorithm, EcCurve curve, QByteArray passwordKey)
    : m_role(role), m_algorithm(std::move(algorithm)), m_curve(std::move(curve)), m_passwordKey(std::move(passwordKey))
{}

Result<QByteArray> PaceProtocol::encryptNonce(const QByteArray& nonce)
{
    const int length = m_algorithm.nonceLength();
    m_nonce = nonce;
    if (m_nonce.isEmpty()) {
        m_nonce = QByteArray(length, '\0');
        if (RAND_bytes(reinterpret_cast<uchar*>(m_nonce.data()), length) != 1)
            return cryptoFailure("RAND_bytes");
    }
    const QByteArray z = BlockCipher::cbcEncrypt(m_algorithm.cipher, m_passwordKey, QByteArray(length, '\0'), m_nonce);
    if (z.isEmpty())
        return cryptoFailure("PACE: nonce encryption");
    return z;
}

Status PaceProtocol::decryptNonce(const QByteArray& encryptedNonce)
{
    const int length = m_algorithm.nonceLength();
    if (encryptedNonce.isEmpty() || encryptedNonce.size() % length != 0)
        return malformedData(CardTr::tr("The card's answer to authentication is malformed."),
                             QStringLiteral("PACE: encrypted nonce of %1 bytes").arg(encryptedNonce.size()));
    m_nonce = BlockCipher::cbcDecrypt(m_algorithm.cipher, m_passwordKey, QByteArray(length, '\0'), encryptedNonce);
    if (m_nonce.isEmpty())
        return cryptoFailure("PACE: nonce decryption");
    return Status::ok();
}

Result<QByteArray> PaceProtocol::mappingPublicKey()
{
    if (m_mappingPrivate.isEmpty())
        m_mappingPrivate = m_curve.generatePrivateKey();
    auto pk = m_curve.publicKey(m_mappingPrivate);
    if (pk)
        m_mappingPublic = *pk;
    return pk;
}

Status PaceProtocol::mapGenerator(const QByteArray& peerMappingPublicKey)
{
    if (m_nonce.isEmpty() || m_mappingPublic.isEmpty())
        return outOfOrder("PACE: mapping before nonce or own mapping key");
    if (peerMappingPublicKey == m_mappingPublic)
        return securityCheckFailed(CardTr::tr("The card's authentication answer is not acceptable."),
                                   QStringLiteral("PACE: peer mapping key equals ours"));
    auto h = m_curve.multiply(m_mappingPrivate, peerMappingPublicKey);
    if (!h)
        return h.status();
    auto sG = m_curve.publicKey(m_nonce);
    if (!sG)
        return sG.status();
    auto mapped = m_curve.add(*sG, *h);
    if (!mapped)
        return mapped.status();
    m_mappedGenerator = *mapped;
    return m_curve.setGenerator(m_mappedGenerator);
}

Result<QByteArray> PaceProtocol::ephemeralPublicKey()
{
    if (m_mappedGenerator.isEmpty())
        return outOfOrder("PACE: key agreement before mapping");
    if (m_ephemeralPrivate.isEmpty())
        m_ephemeralPrivate = m_curve.generatePrivateKey();
    auto pk = m_curve.publicKey(m_ephemeralPrivate);
    if (pk)
        m_ephemeralPublic = *pk;
    return pk;
}

Status PaceProtocol::agreeKeys(const QByteArray& peerEphemeralPublicKey)
{
    if (m_ephemeralPublic.isEmpty())
        return outOfOrder("PACE: key agreement before own ephemeral key");
    if (peerEphemeralPublicKey == m_ephemeralPublic)
        return securityCheckFailed(CardTr::tr("The card's authentication answer is not acceptable."),
                                   QStringLiteral("PACE: peer ephemeral key equals ours"));
    auto shared = m_curve.multiply(m_ephemeralPrivate, peerEphemeralPublicKey);
    if (!shared)
        return shared.status();
    m_peerEphemeralPublic = peerEphemeralPublicKey;
    m_sharedSecret = m_curve.xCoordinate(*shared);
    m_ksEnc = KeyDerivation::derive(m_sharedSecret, KeyDerivation::Purpose::Encryption, m_algorithm.cipher,
                                    m_algorithm.keyBits);
    m_ksMac =
        KeyDerivation::derive(m_sharedSecret, KeyDerivation::Purpose::Mac, m_algorithm.cipher, m_algorithm.keyBits);
    return Status::ok();
}

QByteArray PaceProtocol::authenticationToken() const
{
    if (m_ksMac.isEmpty())
        return {};
    return MessageAuthentication::mac8(m_algorithm.cipher, m_ksMac,
                                       publicKeyDataObject(m_algorithm.oid, m_peerEphemeralPublic), false);
}

Status PaceProtocol::verifyPeerToken(const QByteArray& token) const
{
    if (m_ksMac.isEmpty())
        return outOfOrder("PACE: token before key agreement");
    const QByteArray expected = MessageAuthentication::mac8(
        m_algorithm.cipher, m_ksMac, publicKeyDataObject(m_algorithm.oid, m_ephemeralPublic), false);
    if (token.size() != 8 || expected.size() != 8 || CRYPTO_memcmp(token.constData(), expected.constData(), 8) != 0) {
        if (m_role == Role::Chip)
            return {Status::Code::CardAccessDenied, CardTr::tr("The access key is wrong."),
                    QStringLiteral("PACE: terminal token mismatch")};
        return securityCheckFailed(CardTr::tr("The card failed to prove it knows the access key."),
                                   QStringLiteral("PACE: card token mismatch"));
    }
    return Status::ok();
}

SecureMessaging PaceProtocol::secureMessaging() const
{
    return SecureMessaging(m_algorithm.cipher, m_ksEnc, m_ksMac,
                           QByteArray(BlockCipher::blockSize(m_algorithm.cipher), '\0'));
}

QByteArray PaceProtocol::publicKeyDataObject(const QString& oid, const QByteArray& point)
{
    return DerWriter::tlv(0x7F49, DerWriter::objectIdentifier(oid) + DerWriter::tlv(0x86, point));
}

QByteArray PaceProtocol::dynamicAuthenticationData(quint8 tag, const QByteArray& value)
{
    if (tag == 0)
        return DerWriter::tlv(0x7C, {});
    return DerWriter::tlv(0x7C, DerWriter::tlv(tag, value));
}

Result<QByteArray> PaceProtocol::parseDynamicAuthenticationData(const QByteArray& data, quint8 tag)
{
    auto outer = BerTlvReader::parseSingle(data);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x7C)
        return malformedData(CardTr::tr("The card's answer to authentication is malformed."),
                             QStringLiteral("PACE: dynamic authentication data tag %1").arg(outer->tag, 0, 16));
    auto inner = outer->child(tag);
    if (!inner)
        return inner.status();
    return inner->value;
}

} // namespace motcua::card
