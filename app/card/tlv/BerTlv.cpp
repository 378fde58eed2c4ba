#include "BerTlv.h"

#include <QStringBuilder>

#include "CardErrors.h"

namespace motcua::card {

namespace {

struct Header
{
    quint32 tag = 0;
    qsizetype headerLength = 0;
    qsizetype valueLength = 0;
};

Status truncated(qsizetype offset)
{
    return malformedData(CardTr::tr("The data from the card is truncated or malformed."),
                         QStringLiteral("BER-TLV: truncated at offset %1").arg(offset));
}

// Reads tag and length at `pos`; `available` is the number of bytes from pos to the end of the buffer.
Result<Header> readHeader(const uchar* p, qsizetype available, qsizetype offset)
{
    Header h;
    qsizetype i = 0;
    if (available < 1)
        return truncated(offset);
    h.tag = p[i++];
    if ((h.tag & 0x1F) == 0x1F) {
        // Multi-byte tag: subsequent bytes have bit 8 set while more follow.
        int count = 1;
        do {
            if (i >= available)
                return truncated(offset + i);
            if (++count > BerTlvReader::MaxTagBytes)
                return malformedData(CardTr::tr("The data from the card is truncated or malformed."),
                                     QStringLiteral("BER-TLV: tag longer than 4 bytes at offset %1").arg(offset));
            h.tag = (h.tag << 8) | p[i];
        } while (p[i++] & 0x80);
    }
    if (i >= available)
        return truncated(offset + i);
    const quint8 first = p[i++];
    if (first < 0x80) {
        h.valueLength = first;
    } else if (first == 0x80) {
        return malformedData(CardTr::tr("The data from the card is truncated or malformed."),
                             QStringLiteral("BER-TLV: indefinite length at offset %1").arg(offset));
    } else {
        const int n = first & 0x7F;
        if (n > BerTlvReader::MaxLengthBytes)
            return malformedData(CardTr::tr("The data from the card is truncated or malformed."),
                                 QStringLiteral("BER-TLV: %1 length bytes at offset %2").arg(n).arg(offset));
        if (available - i < n)
            return truncated(offset + i);
        quint64 length = 0;
        for (int k = 0; k < n; ++k)
            length = (length << 8) | p[i++];
        if (length > quint64(std::numeric_limits<qsizetype>::max() / 2))
            return truncated(offset);
        h.valueLength = qsizetype(length);
    }
    h.headerLength = i;
    return h;
}

} // namespace

bool Tlv::isConstructed() const
{
    quint32 first = tag;
    while (first > 0xFF)
        first >>= 8;
    return (first & 0x20) != 0;
}

Result<QList<Tlv>> Tlv::children() const
{
    return BerTlvReader::parseAll(value);
}

Result<Tlv> Tlv::child(quint32 wanted) const
{
    BerTlvReader reader(value);
    while (!reader.atEnd()) {
        auto next = reader.next();
        if (!next)
            return next.status();
        if (next->tag == wanted)
            return next;
    }
    return malformedData(CardTr::tr("The data from the card is truncated or malformed."),
                         QStringLiteral("BER-TLV: tag %1 missing inside %2").arg(wanted, 0, 16).arg(tag, 0, 16));
}

BerTlvReader::BerTlvReader(QByteArray data) : m_data(std::move(data)) {}

Result<Tlv> BerTlvReader::next()
{
    const qsizetype available = m_data.size() - m_pos;
    const auto* p = reinterpret_cast<const uchar*>(m_data.constData()) + m_pos;
    auto header = readHeader(p, available, m_pos);
    if (!header)
        return header.status();
    if (header->valueLength > available - header->headerLength)
        return malformedData(
            CardTr::tr("The data from the card is truncated or malformed."),
            QStringLiteral("BER-TLV: length %1 beyond the buffer at offset %2").arg(header->valueLength).arg(m_pos));
    Tlv tlv;
    tlv.tag = header->tag;
    const qsizetype total = header->headerLength + header->valueLength;
    tlv.raw = m_data.mid(m_pos, total);
    tlv.value = tlv.raw.mid(header->headerLength);
    m_pos += total;
    return tlv;
}

Result<Tlv> BerTlvReader::parseSingle(const QByteArray& data, bool allowTrailingBytes)
{
    BerTlvReader reader(data);
    auto tlv = reader.next();
    if (!tlv)
        return tlv;
    if (!reader.atEnd() && !allowTrailingBytes) {
        // Files read in whole blocks often end in 00 or FF padding; anything else is an error.
        const char pad = data.at(reader.position());
        for (qsizetype i = reader.position(); i < data.size(); ++i) {
            if (data.at(i) != pad || (pad != 0x00 && pad != char(0xFF)))
                return malformedData(CardTr::tr("The data from the card is truncated or malformed."),
                                     QStringLiteral("BER-TLV: %1 trailing bytes").arg(data.size() - reader.position()));
        }
    }
    return tlv;
}

Result<QList<Tlv>> BerTlvReader::parseAll(const QByteArray& data)
{
    QList<Tlv> list;
    BerTlvReader reader(data);
    while (!reader.atEnd()) {
        auto tlv = reader.next();
        if (!tlv)
            return tlv.status();
        list.append(std::move(*tlv));
    }
    return list;
}

Result<qsizetype> BerTlvReader::encodedLength(const QByteArray& header)
{
    auto h = readHeader(reinterpret_cast<const uchar*>(header.constData()), header.size(), 0);
    if (!h)
        return h.status();
    return h->headerLength + h->valueLength;
}

} // namespace motcua::card
