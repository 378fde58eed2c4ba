#pragma once

#include "CitizenIdentity.h"
#include "SecureChannel.h"
#include "Status.h"
#include "access/SecurityInfos.h"
#include "crypto/BlockCipher.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua::card {

/// Chip authentication with ECDH (ICAO 9303-11 §6.2, the CA-ECDH-AES/3DES protocols DG14 announces): an ephemeral
/// key against the chip's static DG14 key, then secure messaging restarts with keys only the genuine chip can derive.
/// Both roles share the key-derivation helpers; the terminal side lives in perform().
class ChipAuthentication
{
public:
    struct Cipher
    {
        CipherKind kind;
        int keyBits;
    };

    /// Runs MSE:Set AT (41 A4) and GENERAL AUTHENTICATE, switches the channel to the new keys and proves them with
    /// one protected READ BINARY. INVALID leaves the channel without a session (the caller re-opens access).
    /// NOT_SUPPORTED when DG14 offers no usable ECDH chip authentication.
    static Result<ChipCheckVerdict> perform(SecureChannel& channel, const SecurityInfos& dg14);

    /// The cipher of a CA-ECDH protocol OID (0.4.0.127.0.7.2.2.3.2.1–4), nullopt otherwise.
    static std::optional<Cipher> cipherForProtocol(const QString& oid);
    /// SubjectPublicKeyInfo (id-ecPublicKey, named curve) of an uncompressed point on a standardized curve.
    static QByteArray encodePublicKeyInfo(int parameterId, const QByteArray& point);
    /// Curve (standardized parameter ID) and uncompressed point of an EC SubjectPublicKeyInfo.
    static Result<std::pair<int, QByteArray>> decodePublicKeyInfo(const QByteArray& spki);
    /// Session keys from the X coordinate of the shared point, SSC all zero.
    static SecureMessaging sessionFor(const Cipher& cipher, const QByteArray& sharedX);
};

} // namespace motcua::card
