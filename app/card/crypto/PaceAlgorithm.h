#pragma once

#include "BlockCipher.h"

#include <QString>

#include <optional>

namespace motcua::card {

/// What a PACE protocol OID (0.4.0.127.0.7.2.2.4.x.y) stands for.
struct PaceAlgorithm
{
    enum class Mapping
    {
        Generic,
        Integrated,
        ChipAuthentication
    };

    QString oid;
    Mapping mapping = Mapping::Generic;
    bool ellipticCurve = true; ///< ECDH (true) or DH (false)
    CipherKind cipher = CipherKind::Aes;
    int keyBits = 128;

    /// Only ECDH generic mapping is implemented by this library.
    bool isSupported() const { return mapping == Mapping::Generic && ellipticCurve; }
    int nonceLength() const { return BlockCipher::blockSize(cipher); }

    /// Decodes a PACE OID; nullopt when the OID is not a PACE protocol.
    static std::optional<PaceAlgorithm> fromOid(const QString& oid);
    /// The OID of ECDH generic mapping for a cipher and key length.
    static QString ecdhGenericMappingOid(CipherKind cipher, int keyBits);
};

} // namespace motcua::card
