#pragma once

#include "Apdu.h"
#include "OpenSslHandles.h"
#include "SecureMessaging.h"
#include "Status.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua::card {

/// The key agreement of chip authentication version 1 with ECDH (ICAO 9303-11 §6.2) for any EC key DG14 may
/// carry, including keys with explicit domain parameters: the terminal's ephemeral key on the chip key's curve,
/// K = x(SK · PK) and the new secure messaging keys (SSC zero); plus the chip (simulator) side. The chip is
/// authenticated implicitly: its next answer must verify under the new keys. reader/ChipAuthentication runs the
/// protocol over a channel.
class ChipAuthenticationAgreement
{
public:
    struct Algorithm
    {
        QString oid; ///< id-CA-ECDH-3DES-CBC-CBC 0.4.0.127.0.7.2.2.3.2.1 … AES-256 …3.2.4
        CipherKind cipher = CipherKind::Aes;
        int keyBits = 128;
        /// Decodes an id-CA-ECDH-* OID; nullopt for DH or unknown OIDs.
        static std::optional<Algorithm> fromOid(const QString& oid);
    };

    /// Terminal side: generates the ephemeral key on the chip key's curve (named or explicit parameters).
    static Result<ChipAuthenticationAgreement> create(const QString& protocolOid, const QByteArray& chipPublicKeyInfo);

    /// 04 || X || Y of the terminal's ephemeral key.
    QByteArray ephemeralPublicKey() const { return m_ephemeralPublic; }
    /// AES: MSE:Set AT (00 22 41 A4, 80 OID [84 key ID]) then GENERAL AUTHENTICATE (7C { 80 key }). The key ID
    /// travels as the contents of its DER INTEGER.
    CommandApdu mseSetAtCommand(std::optional<int> keyId) const;
    CommandApdu generalAuthenticateCommand() const;
    /// 3DES: MSE:Set KAT (00 22 41 A6, 91 key [84 key ID]).
    CommandApdu mseSetKatCommand(std::optional<int> keyId) const;
    /// The new secure messaging session (to be used from the next command on).
    Result<SecureMessaging> session() const;

    /// Chip side: the session from the chip's static private key (DER) and the terminal's ephemeral key.
    static Result<SecureMessaging> chipSession(const QString& protocolOid, const QByteArray& chipPrivateKeyDer,
                                               const QByteArray& terminalEphemeralPublicKey);

private:
    ChipAuthenticationAgreement(Algorithm algorithm, EvpPkeyPtr chipKey, EvpPkeyPtr ephemeral,
                                QByteArray ephemeralPublic);
    static Result<QByteArray> deriveSecret(EVP_PKEY* own, EVP_PKEY* peer);
    static SecureMessaging sessionFrom(const Algorithm& algorithm, const QByteArray& secret);

    Algorithm m_algorithm;
    std::shared_ptr<EVP_PKEY> m_chipKey;
    std::shared_ptr<EVP_PKEY> m_ephemeral;
    QByteArray m_ephemeralPublic;
};

} // namespace motcua::card
