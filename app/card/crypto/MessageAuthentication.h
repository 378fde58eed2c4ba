#pragma once

#include "BlockCipher.h"

#include <QByteArray>

namespace motcua::card {

/// The MACs of ICAO 9303: ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC", DES) and AES-CMAC.
class MessageAuthentication
{
public:
    /// Retail MAC with a 16-byte key over `data`, which must already be padded to 8 bytes. 8 bytes.
    static QByteArray retailMac(const QByteArray& key16, const QByteArray& paddedData);
    /// AES-CMAC (RFC 4493) over `data`, full 16 bytes; empty on failure.
    static QByteArray aesCmac(const QByteArray& key, const QByteArray& data);
    /// The 8-byte MAC secure messaging and PACE tokens use: retail MAC over method-2 padded data
    /// (3DES), or AES-CMAC truncated to 8 bytes (AES). `padForAes` pads the data first as
    /// secure messaging does; PACE tokens are computed over unpadded data.
    static QByteArray mac8(CipherKind kind, const QByteArray& key, const QByteArray& data, bool padForAes);
};

} // namespace motcua::card
