#pragma once

#include <QByteArray>

namespace motcua::card {

/// The two block ciphers of ICAO 9303 secure messaging.
enum class CipherKind
{
    TripleDes, ///< two-key 3DES (16-byte keys), 8-byte blocks
    Aes,       ///< AES-128/192/256, 16-byte blocks
};

/// Raw block-cipher operations without padding (callers pad with ISO 9797-1 method 2).
/// Every function returns an empty array on failure (wrong key or data length).
class BlockCipher
{
public:
    static int blockSize(CipherKind kind) { return kind == CipherKind::Aes ? 16 : 8; }
    static QByteArray cbcEncrypt(CipherKind kind, const QByteArray& key, const QByteArray& iv, const QByteArray& data);
    static QByteArray cbcDecrypt(CipherKind kind, const QByteArray& key, const QByteArray& iv, const QByteArray& data);
    static QByteArray ecbEncrypt(CipherKind kind, const QByteArray& key, const QByteArray& block);
    /// Single DES (the intermediate steps of the retail MAC), computed as 3DES with K1 = K2 = K3
    /// because OpenSSL 3 keeps plain DES in the legacy provider.
    static QByteArray desEncryptBlock(const QByteArray& key8, const QByteArray& block);
    static QByteArray desDecryptBlock(const QByteArray& key8, const QByteArray& block);

    /// ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a multiple of `blockSize`.
    static QByteArray pad(const QByteArray& data, int blockSize);
    /// Removes method-2 padding; returns false when the padding is malformed.
    static bool unpad(const QByteArray& padded, QByteArray& out);
};

} // namespace motcua::card
