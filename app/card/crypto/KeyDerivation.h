#pragma once

#include "BlockCipher.h"

#include <QByteArray>
#include <QString>

namespace motcua::card {

/// ICAO 9303-11 §9.7.1 key derivation and the BAC/PACE password keys.
class KeyDerivation
{
public:
    enum class Purpose : quint32
    {
        Encryption = 1,
        Mac = 2,
        Password = 3
    };

    /// KDF(K, c): SHA-1 for 3DES and AES-128, SHA-256 for AES-192/256; 3DES keys get DES parity.
    static QByteArray derive(const QByteArray& secret, Purpose purpose, CipherKind kind, int keyBits = 128);
    /// "Document number + check digit + DOB + check digit + expiry + check digit" (document number
    /// padded with '<' to at least 9 characters). Dates are YYMMDD.
    static QString mrzInformation(const QString& documentNumber, const QString& dateOfBirth,
                                  const QString& dateOfExpiry);
    /// BAC Kseed: the first 16 bytes of SHA-1(MRZ information).
    static QByteArray bacKeySeed(const QString& mrzInformation);
    /// PACE Kπ from the MRZ information: KDF(SHA-1(MRZ information), 3).
    static QByteArray paceKeyFromMrz(const QString& mrzInformation, CipherKind kind, int keyBits);
    /// PACE Kπ from a CAN (its ASCII digits): KDF(CAN, 3).
    static QByteArray paceKeyFromCan(const QString& can, CipherKind kind, int keyBits);
    /// Sets the DES parity bit (odd parity) of every byte.
    static void adjustDesParity(QByteArray& key);
};

} // namespace motcua::card
