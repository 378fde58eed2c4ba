#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::card {

/// Small DER encoder for the few structures the card protocols build (MSE:Set AT, GENERAL
/// AUTHENTICATE data, public key data objects, test SODs).
class DerWriter
{
public:
    static QByteArray encodeTag(quint32 tag);
    static QByteArray encodeLength(qsizetype length);
    static QByteArray tlv(quint32 tag, const QByteArray& value);
    static QByteArray sequence(const QList<QByteArray>& encodedElements);
    static QByteArray set(const QList<QByteArray>& encodedElements);
    /// INTEGER from a non-negative value.
    static QByteArray integer(qint64 value);
    /// INTEGER from unsigned big-endian magnitude bytes (adds a 00 byte when the top bit is set).
    static QByteArray unsignedInteger(const QByteArray& magnitude);
    static QByteArray octetString(const QByteArray& bytes);
    static QByteArray utf8String(const QString& text);
    /// OBJECT IDENTIFIER from dotted text; empty on an invalid OID.
    static QByteArray objectIdentifier(const QString& dotted);
};

} // namespace motcua::card
