#include "FileReader.h"

#include "ReadErrors.h"
#include "pcsc/PcscError.h"
#include "tlv/BerTlv.h"

namespace motcua::card {

namespace {
constexpr qint64 kOddInsOffset = 32768;
constexpr int kMaxExtendedLe = 65536;
constexpr int kMaxAttempts = 8;

QString swText(quint16 sw)
{
    return QStringLiteral("SW %1").arg(sw, 4, 16, QLatin1Char('0'));
}
} // namespace

FileReader::FileReader(SecureChannel& channel, bool extendedLength) : m_channel(channel), m_extended(extendedLength)
{
    if (!channel.isSecured())
        m_shortLe = 256; // plain reads have no secure-messaging overhead
}

Result<QByteArray> FileReader::readChunk(qint64 offset, qint64 wanted, std::optional<quint8> sfi, Outcome* outcome)
{
    *outcome = Outcome::Data;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const int shortLimit = m_channel.isSecured() ? m_shortLe : qMin(m_shortLe, 256);
        CommandApdu c;
        const bool odd = offset >= kOddInsOffset;
        c.ins = odd ? 0xB1 : 0xB0;
        if (sfi) {
            c.p1 = quint8(0x80 | *sfi);
            c.p2 = quint8(offset);
        } else if (!odd) {
            c.p1 = quint8(offset >> 8);
            c.p2 = quint8(offset);
        } else {
            QByteArray o;
            for (qint64 v = offset; v > 0; v >>= 8)
                o.prepend(char(v & 0xFF));
            c.data = QByteArray(1, char(0x54)) + char(o.size()) + o;
        }
        const int headroom = odd ? 4 : 0; // DO53 tag and length around the data
        // Extended: always ask for "everything" (0000); the card answers up to its buffer or the end of the file.
        qint64 le = m_extended ? kMaxExtendedLe : qMin<qint64>(wanted + headroom, shortLimit);
        if (!m_extended && !m_channel.isSecured() && le >= 256)
            le = 256;
        c.le = int(le);
        // A protected answer longer than a short response allows needs the extended form on the wire.
        c.forceExtended = m_extended && m_channel.isSecured() && le > ShortSecureLe;
        const bool wasExtended = c.isExtended();
        auto r = m_channel.send(c);
        if (!r)
            return r.status();
        if (m_channel.sessionLost()) {
            if (wasExtended)
                m_extended = false; // the card could not even parse the extended APDU
            m_needsNewSession = true;
            return ReadErrors::communication(QStringLiteral("secure messaging ended by the card: ") + swText(r->sw));
        }
        const quint16 sw = r->sw;
        if (sw == 0x9000 || sw == 0x6282) {
            if (!odd)
                return r->data;
            auto tlv = BerTlvReader::parseSingle(r->data);
            if (!tlv || tlv->tag != 0x53)
                return malformedData(CardTr::tr("The card sent malformed data."), QStringLiteral("odd-INS answer"));
            return tlv->value;
        }
        if (sw == 0x6A82) {
            *outcome = Outcome::Absent;
            return QByteArray();
        }
        if (sw == 0x6982) {
            *outcome = Outcome::Refused;
            return QByteArray();
        }
        if (sw == 0x6700 || (sw & 0xFF00) == 0x6C00) {
            const int told = (sw & 0xFF00) == 0x6C00 ? (sw & 0xFF) : 0;
            if (m_extended && wasExtended) {
                m_extended = false; // fall back to short APDUs for the rest of this card
            } else if (told > 0 && told < le) {
                m_shortLe = told;
            } else if (m_shortLe > 0xDF) {
                m_shortLe = 0xDF;
            } else if (m_shortLe > 16) {
                m_shortLe /= 2;
            } else {
                return ReadErrors::unsupportedCard(QStringLiteral("READ BINARY: ") + swText(sw));
            }
            qCDebug(lcCardIo) << "READ BINARY" << swText(sw) << "- extended" << m_extended << "short Le" << m_shortLe;
            continue;
        }
        if (sfi && (sw == 0x6A86 || sw == 0x6A81 || sw == 0x6D00 || sw == 0x6E00 || sw == 0x6B00 || sw == 0x6A80 ||
                    sw == 0x6986)) {
            *outcome = Outcome::Refused;
            m_useSfi = false; // this card wants SELECT first
            return QByteArray();
        }
        return ReadErrors::unsupportedCard(QStringLiteral("READ BINARY: ") + swText(sw));
    }
    return ReadErrors::unsupportedCard(QStringLiteral("READ BINARY: no working Le"));
}

Result<QByteArray> FileReader::readRest(QByteArray data, const QString& name)
{
    auto total = BerTlvReader::encodedLength(data);
    if (!total)
        return malformedData(CardTr::tr("The card file %1 is malformed.").arg(name), total.status().details());
    if (m_progress)
        m_progress(name, qMin<qint64>(data.size(), *total), *total);
    while (data.size() < *total) {
        Outcome outcome;
        auto chunk = readChunk(data.size(), *total - data.size(), std::nullopt, &outcome);
        if (!chunk)
            return chunk;
        if (outcome != Outcome::Data || chunk->isEmpty())
            return malformedData(CardTr::tr("The card file %1 is shorter than it announces.").arg(name),
                                 QStringLiteral("short file"));
        data += *chunk;
        if (m_progress)
            m_progress(name, qMin<qint64>(data.size(), *total), *total);
    }
    data.truncate(int(*total)); // the raw TLV, hashed as read
    return data;
}

Result<QByteArray> FileReader::readSelected(const QString& name)
{
    Outcome outcome;
    auto first = readChunk(0, kMaxExtendedLe, std::nullopt, &outcome);
    if (!first)
        return first;
    if (outcome != Outcome::Data)
        return QByteArray();
    return readRest(*first, name);
}

Result<std::optional<QByteArray>> FileReader::readFile(quint16 fid, const QString& name)
{
    m_needsNewSession = false;
    Outcome outcome = Outcome::Refused;
    Result<QByteArray> first = QByteArray();
    if (m_useSfi) {
        first = readChunk(0, kMaxExtendedLe, quint8(fid & 0x1F), &outcome);
        if (!first)
            return first.status();
        if (outcome == Outcome::Absent)
            return std::optional<QByteArray>();
    }
    if (!m_useSfi || outcome != Outcome::Data) {
        CommandApdu select;
        select.ins = 0xA4;
        select.p1 = 0x02;
        select.p2 = 0x0C;
        select.data = QByteArray(1, char(fid >> 8)) + char(fid & 0xFF);
        auto r = m_channel.send(select);
        if (!r)
            return r.status();
        if (m_channel.sessionLost()) {
            m_needsNewSession = true;
            return ReadErrors::communication(QStringLiteral("secure messaging ended by the card"));
        }
        if (r->sw == 0x6A82 || r->sw == 0x6982)
            return std::optional<QByteArray>();
        if (!r->isSuccess())
            return ReadErrors::unsupportedCard(QStringLiteral("SELECT %1: ").arg(fid, 4, 16, QLatin1Char('0')) +
                                               swText(r->sw));
        first = readChunk(0, kMaxExtendedLe, std::nullopt, &outcome);
        if (!first)
            return first.status();
    }
    if (outcome != Outcome::Data)
        return std::optional<QByteArray>();
    auto whole = readRest(*first, name);
    if (!whole)
        return whole.status();
    return std::optional<QByteArray>(*whole);
}

} // namespace motcua::card
