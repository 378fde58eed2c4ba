#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>

namespace motcua::card {

/// Decoding helpers for ASN.1 primitive contents (the value bytes of a TLV, without tag and length).
class Asn1
{
public:
    enum Tag : quint32
    {
        Integer = 0x02,
        BitString = 0x03,
        OctetString = 0x04,
        Null = 0x05,
        ObjectIdentifier = 0x06,
        Utf8String = 0x0C,
        PrintableString = 0x13,
        Ia5String = 0x16,
        Sequence = 0x30,
        Set = 0x31,
        ContextConstructed0 = 0xA0,
    };

    /// OID content bytes → dotted text ("0.4.0.127.0.7.2.2.4.2.2").
    static Result<QString> decodeOid(const QByteArray& content);
    /// Dotted text → OID content bytes (without tag and length); empty when invalid.
    static QByteArray encodeOid(const QString& dotted);
    /// INTEGER content → value; rejects empty, non-minimal beyond 8 bytes and (unless allowed) negative values.
    static Result<qint64> decodeInteger(const QByteArray& content, bool allowNegative = false);
    /// Text of a UTF8String / PrintableString / IA5String; other tags are rejected.
    static Result<QString> decodeString(quint32 tag, const QByteArray& content);
};

} // namespace motcua::card
