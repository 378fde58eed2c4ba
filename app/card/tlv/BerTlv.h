#pragma once

#include "Status.h"

#include <QByteArray>
#include <QList>

namespace motcua::card {

/// One BER-TLV data object: its tag (all tag bytes, big-endian, e.g. 0x5F1F, 0x7F61), its value and
/// the raw encoding it was read from (tag + length + value, never re-encoded).
struct Tlv
{
    quint32 tag = 0;
    QByteArray value;
    QByteArray raw;

    /// Bit 6 of the first tag byte: the value holds further TLVs.
    bool isConstructed() const;
    /// The children of a constructed object (strictly parsed, no trailing bytes allowed).
    Result<QList<Tlv>> children() const;
    /// The first child with `tag`, or an InputRejected status naming the missing tag.
    Result<Tlv> child(quint32 tag) const;
};

/// Strict BER-TLV reader: multi-byte tags (up to 4 bytes), short and long-form lengths (up to 4
/// length bytes); rejects indefinite lengths, reserved length bytes and any length beyond the buffer.
class BerTlvReader
{
public:
    explicit BerTlvReader(QByteArray data);

    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype position() const { return m_pos; }
    /// Reads the next data object; on error the reader stays where it was.
    Result<Tlv> next();

    /// Exactly one TLV filling the whole buffer (trailing bytes are an error unless allowed;
    /// a trailing run of 0x00 or 0xFF padding, as files read from cards often have, is always allowed).
    static Result<Tlv> parseSingle(const QByteArray& data, bool allowTrailingBytes = false);
    /// A sequence of TLVs filling the whole buffer.
    static Result<QList<Tlv>> parseAll(const QByteArray& data);
    /// The total encoded size (tag + length + value) announced by the header at the start of
    /// `header`, or an error when the header is malformed or incomplete. Used to know how many
    /// bytes of a file to read after its first few bytes.
    static Result<qsizetype> encodedLength(const QByteArray& header);

    static constexpr int MaxTagBytes = 4;
    static constexpr int MaxLengthBytes = 4;

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

} // namespace motcua::card
