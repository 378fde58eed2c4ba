#include "DerWriter.h"

#include <QStringBuilder>

#include "Asn1.h"

namespace motcua::card {

QByteArray DerWriter::encodeTag(quint32 tag)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const quint8 b = quint8(tag >> shift);
        if (!out.isEmpty() || b != 0 || shift == 0)
            out.append(char(b));
    }
    return out;
}

QByteArray DerWriter::encodeLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
        return out;
    }
    QByteArray bytes;
    for (qsizetype l = length; l > 0; l >>= 8)
        bytes.prepend(char(l & 0xFF));
    out.append(char(0x80 | bytes.size()));
    out.append(bytes);
    return out;
}

QByteArray DerWriter::tlv(quint32 tag, const QByteArray& value)
{
    return encodeTag(tag) + encodeLength(value.size()) + value;
}

QByteArray DerWriter::sequence(const QList<QByteArray>& encodedElements)
{
    return tlv(Asn1::Sequence, encodedElements.join());
}

QByteArray DerWriter::set(const QList<QByteArray>& encodedElements)
{
    return tlv(Asn1::Set, encodedElements.join());
}

QByteArray DerWriter::integer(qint64 value)
{
    QByteArray bytes;
    quint64 v = quint64(value);
    do {
        bytes.prepend(char(v & 0xFF));
        v >>= 8;
    } while (v != 0);
    return unsignedInteger(bytes);
}

QByteArray DerWriter::unsignedInteger(const QByteArray& magnitude)
{
    QByteArray m = magnitude;
    while (m.size() > 1 && m.at(0) == 0 && !(quint8(m.at(1)) & 0x80))
        m.remove(0, 1);
    if (m.isEmpty())
        m = QByteArray(1, '\0');
    if (quint8(m.at(0)) & 0x80)
        m.prepend('\0');
    return tlv(Asn1::Integer, m);
}

QByteArray DerWriter::octetString(const QByteArray& bytes)
{
    return tlv(Asn1::OctetString, bytes);
}

QByteArray DerWriter::utf8String(const QString& text)
{
    return tlv(Asn1::Utf8String, text.toUtf8());
}

QByteArray DerWriter::objectIdentifier(const QString& dotted)
{
    const QByteArray content = Asn1::encodeOid(dotted);
    return content.isEmpty() ? QByteArray() : tlv(Asn1::ObjectIdentifier, content);
}

} // namespace motcua::card
