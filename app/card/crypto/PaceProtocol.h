#pragma once

#include "EcCurve.h"
#include "PaceAlgorithm.h"
#include "SecureMessaging.h"
#include "Status.h"

#include <QByteArray>
#include <optional>

namespace motcua::card {

/// PACE with the ECDH generic mapping (ICAO 9303-11 §4.4), for the terminal or the chip.
/// The steps are symmetric, so one class serves both roles:
///   chip:     encryptNonce()                         terminal: decryptNonce(z)
///   both:     mappingPublicKey() ⇄ mapGenerator(peer's mapping key)      (G' = s·G + H)
///   both:     ephemeralPublicKey() ⇄ agreeKeys(peer's ephemeral key)     (KSenc, KSmac)
///   both:     authenticationToken() ⇄ verifyPeerToken(peer's token)
/// Private keys are random unless a test sets them.
class PaceProtocol
{
public:
    enum class Role
    {
        Terminal,
        Chip
    };

    /// `parameterId` is a standardized domain parameter ID (8–18); `passwordKey` is Kπ.
    static Result<PaceProtocol> create(Role role, const PaceAlgorithm& algorithm, int parameterId,
                                       QByteArray passwordKey);

    // Chip: the nonce s (random when empty) encrypted with Kπ (CBC, zero IV).
    Result<QByteArray> encryptNonce(const QByteArray& nonce = {});
    // Terminal: decrypts the chip's encrypted nonce z.
    Status decryptNonce(const QByteArray& encryptedNonce);

    Result<QByteArray> mappingPublicKey();
    /// H = SKmap · PKmap(peer), G' = s·G + H. Rejects a peer key equal to ours or off the curve.
    Status mapGenerator(const QByteArray& peerMappingPublicKey);
    Result<QByteArray> ephemeralPublicKey();
    /// K = x(SK · PK(peer)) on G', KSenc = KDF(K,1), KSmac = KDF(K,2).
    Status agreeKeys(const QByteArray& peerEphemeralPublicKey);
    /// Our token: MAC(KSmac, public key data object of the PEER's ephemeral key), 8 bytes.
    QByteArray authenticationToken() const;
    /// Checks the peer's token (MAC over OUR ephemeral key); mismatch is a security error.
    Status verifyPeerToken(const QByteArray& token) const;
    /// Secure messaging with KSenc/KSmac and an all-zero SSC.
    SecureMessaging secureMessaging() const;

    /// 7F49 { 06 OID, 86 point }: the input of the authentication tokens.
    static QByteArray publicKeyDataObject(const QString& oid, const QByteArray& point);
    /// GENERAL AUTHENTICATE dynamic authentication data: 7C { tag value } (7C 00 when tag is 0).
    static QByteArray dynamicAuthenticationData(quint8 tag, const QByteArray& value);
    /// The value of `tag` inside a 7C response/command; InputRejected when absent or malformed.
    static Result<QByteArray> parseDynamicAuthenticationData(const QByteArray& data, quint8 tag);

    // Inspection and test hooks (ICAO 9303-11 G.1 uses fixed private keys).
    void setMappingPrivateKey(const QByteArray& key) { m_mappingPrivate = key; }
    void setEphemeralPrivateKey(const QByteArray& key) { m_ephemeralPrivate = key; }
    QByteArray nonce() const { return m_nonce; }
    QByteArray mappedGenerator() const { return m_mappedGenerator; }
    QByteArray sharedSecret() const { return m_sharedSecret; }
    QByteArray ksEnc() const { return m_ksEnc; }
    QByteArray ksMac() const { return m_ksMac; }
    Role role() const { return m_role; }
    const PaceAlgorithm& algorithm() const { return m_algorithm; }

private:
    PaceProtocol(Role role, PaceAlgorithm algorithm, EcCurve curve, QByteArray passwordKey);

    Role m_role;
    PaceAlgorithm m_algorithm;
    EcCurve m_curve;
    QByteArray m_passwordKey;
    QByteArray m_nonce;
    QByteArray m_mappingPrivate;
    QByteArray m_mappingPublic;
    QByteArray m_mappedGenerator;
    QByteArray m_ephemeralPrivate;
    QByteArray m_ephemeralPublic;
    QByteArray m_peerEphemeralPublic;
    QByteArray m_sharedSecret;
    QByteArray m_ksEnc;
    QByteArray m_ksMac;
};

} // namespace motcua::card
