#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace motcua::card {

/// The facial image of DG2: the encoded bytes as stored and the decoded image.
struct Portrait
{
    QByteArray data;   ///< JPEG or JPEG 2000 bytes exactly as on the card
    QString mimeType;  ///< "image/jpeg" or "image/jp2"
    QImage image;      ///< decoded; null when decoding failed
    QByteArray sha256; ///< SHA-256 of `data` (raw 32 bytes)

    bool isEmpty() const { return data.isEmpty(); }
};

} // namespace motcua::card
