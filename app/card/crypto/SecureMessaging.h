#pragma once

#include "Apdu.h"
#include "BlockCipher.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// ICAO 9303-11 §9.8 secure messaging with 3DES or AES session keys: the send-sequence counter,
/// DO87 (DO85 for odd INS), DO97, DO99 and DO8E. Both sides are implemented: the reader protects
/// commands and unprotects responses; the card (simulator) unprotects commands and protects
/// responses. Each call increments the SSC once, as the protocol requires.
class SecureMessaging
{
public:
    SecureMessaging() = default;
    /// `ssc` is 8 bytes for 3DES and 16 bytes for AES (all zero after PACE).
    SecureMessaging(CipherKind kind, QByteArray ksEnc, QByteArray ksMac, QByteArray ssc);

    bool isValid() const { return !m_ksEnc.isEmpty(); }
    CipherKind cipher() const { return m_kind; }
    QByteArray ssc() const { return m_ssc; }
    QByteArray ksEnc() const { return m_ksEnc; }
    QByteArray ksMac() const { return m_ksMac; }

    // Reader side.
    /// Protects a plain command; a Le is carried in DO97 and the protected command asks for
    /// everything (00 short / 0000 extended). Extended encoding is used when needed or forced.
    Result<CommandApdu> protectCommand(const CommandApdu& plain);
    /// Checks DO8E (always; a missing or wrong MAC is a security error), decrypts DO87/DO85 and
    /// returns the plain data with the status word of DO99. A bare error status word without
    /// secure messaging objects (the card dropped the session) is returned as is, flagged by
    /// `lastResponseWasPlain()`; a bare 9000 is a security error.
    Result<ResponseApdu> unprotectResponse(const ResponseApdu& protectedResponse);
    bool lastResponseWasPlain() const { return m_lastPlain; }

    // Card side (used by the simulator).
    /// Checks the MAC and decrypts a protected command; a missing or wrong MAC is a security error.
    Result<CommandApdu> unprotectCommand(const CommandApdu& protectedCommand);
    /// Encrypts the data into DO87, adds DO99 and DO8E.
    Result<ResponseApdu> protectResponse(const ResponseApdu& plain);

private:
    void incrementSsc();
    QByteArray encrypt(const QByteArray& paddedData) const;
    QByteArray decrypt(const QByteArray& encrypted) const;
    QByteArray computeMac(const QByteArray& data) const;

    CipherKind m_kind = CipherKind::TripleDes;
    QByteArray m_ksEnc;
    QByteArray m_ksMac;
    QByteArray m_ssc;
    bool m_lastPlain = false;
};

} // namespace motcua::card
