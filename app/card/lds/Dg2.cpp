#include "Dg2.h"

#include "CardErrors.h"
#include "Jpeg2000Decoder.h"
#include "tlv/BerTlv.h"
#include "tlv/DerWriter.h"

#include <QCryptographicHash>
#include <QStringBuilder>

namespace motcua::card {

namespace {

Status bad(const char* detail)
{
    return malformedData(CardTr::tr("Data group 2 (portrait) is malformed."), QString::fromLatin1(detail));
}

quint32 be(const QByteArray& d, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(d.at(at + i));
    return v;
}

const QByteArray jpegMagic("\xFF\xD8\xFF", 3);

// ISO/IEC 19794-5 facial record: header, facial information, feature points, image information, image.
Result<QByteArray> imageFromFacialRecord(const QByteArray& record)
{
    constexpr qsizetype headerSize = 14;
    constexpr qsizetype infoSize = 20;
    constexpr qsizetype imageInfoSize = 12;
    if (record.size() < headerSize + infoSize + imageInfoSize || !record.startsWith(QByteArray("FAC\0", 4)))
        return bad("DG2: no ISO 19794-5 facial record");
    const quint32 blockLength = be(record, headerSize, 4);
    const quint32 featurePoints = be(record, headerSize + 4, 2);
    const qsizetype imageStart = headerSize + infoSize + qsizetype(featurePoints) * 8 + imageInfoSize;
    const qsizetype blockEnd = headerSize + qsizetype(blockLength);
    if (imageStart >= record.size() || blockEnd > record.size() || blockEnd <= imageStart)
        return bad("DG2: facial record lengths out of bounds");
    return record.mid(imageStart, blockEnd - imageStart);
}

// Fallback for 7F2E and records whose header is broken: the image starts at its magic bytes.
QByteArray imageByMagic(const QByteArray& block)
{
    qsizetype at = block.indexOf(jpegMagic);
    const qsizetype jp2 = block.indexOf(QByteArray("\x00\x00\x00\x0C\x6A\x50\x20\x20", 8));
    const qsizetype j2k = block.indexOf(QByteArray("\xFF\x4F\xFF\x51", 4));
    for (qsizetype candidate : {jp2, j2k}) {
        if (candidate >= 0 && (at < 0 || candidate < at))
            at = candidate;
    }
    return at < 0 ? QByteArray() : block.mid(at);
}

} // namespace

Result<Portrait> Dg2::parse(const QByteArray& raw)
{
    auto outer = BerTlvReader::parseSingle(raw);
    if (!outer)
        return outer.status();
    if (outer->tag != 0x75)
        return bad("DG2: tag");
    auto group = outer->child(0x7F61);
    if (!group)
        return group.status();
    auto templ = group->child(0x7F60);
    if (!templ)
        return templ.status();
    auto children = templ->children();
    if (!children)
        return children.status();
    QByteArray block;
    bool iso19794 = false;
    for (const Tlv& child : *children) {
        if (child.tag == 0x5F2E || child.tag == 0x7F2E) {
            block = child.value;
            iso19794 = child.tag == 0x5F2E;
            break;
        }
    }
    if (block.isEmpty())
        return bad("DG2: no biometric data block");

    Portrait portrait;
    if (iso19794) {
        auto image = imageFromFacialRecord(block);
        if (image)
            portrait.data = *image;
    }
    if (portrait.data.isEmpty())
        portrait.data = imageByMagic(block);
    if (portrait.data.startsWith(jpegMagic)) {
        portrait.mimeType = QStringLiteral("image/jpeg");
        portrait.image = QImage::fromData(portrait.data, "JPEG");
    } else if (Jpeg2000Decoder::isJpeg2000(portrait.data)) {
        portrait.mimeType =
            Jpeg2000Decoder::isJp2File(portrait.data) ? QStringLiteral("image/jp2") : QStringLiteral("image/j2c");
        portrait.image = Jpeg2000Decoder::decode(portrait.data);
    } else {
        return bad("DG2: image is neither JPEG nor JPEG 2000");
    }
    portrait.sha256 = QCryptographicHash::hash(portrait.data, QCryptographicHash::Sha256);
    return portrait;
}

QByteArray Dg2::encode(const QByteArray& imageData, bool jpeg2000, int width, int height)
{
    auto u = [](quint32 v, int bytes) {
        QByteArray out;
        for (int i = bytes - 1; i >= 0; --i)
            out.append(char((v >> (8 * i)) & 0xFF));
        return out;
    };
    QByteArray info;
    info.append(u(0, 2)).append(u(0, 1)).append(u(0, 1)).append(u(0, 1)).append(
        u(0, 3));                                         // points, gender, eyes, hair, mask
    info.append(u(0, 2)).append(u(0, 3)).append(u(0, 3)); // expression, pose, uncertainty
    QByteArray imageInfo;
    imageInfo.append(u(1, 1)).append(u(jpeg2000 ? 1 : 0, 1)).append(u(quint32(width), 2)).append(u(quint32(height), 2));
    imageInfo.append(u(1, 1)).append(u(2, 1)).append(u(0, 2)).append(u(0, 2));
    const QByteArray facial = info + imageInfo + imageData;
    const QByteArray block = u(quint32(facial.size() + 4), 4) + facial;
    const QByteArray record = QByteArray("FAC\0"
                                         "010\0",
                                         8) +
                              u(quint32(14 + block.size()), 4) + u(1, 2) + block;
    const QByteArray header = DerWriter::tlv(0xA1, DerWriter::tlv(0x80, QByteArray("\x01\x01", 2)) +
                                                       DerWriter::tlv(0x87, QByteArray("\x01\x01", 2)) +
                                                       DerWriter::tlv(0x88, QByteArray("\x00\x08", 2)));
    const QByteArray templ = DerWriter::tlv(0x7F60, header + DerWriter::tlv(0x5F2E, record));
    return DerWriter::tlv(0x75, DerWriter::tlv(0x7F61, DerWriter::tlv(0x02, QByteArray(1, '\x01')) + templ));
}

} // namespace motcua::card
