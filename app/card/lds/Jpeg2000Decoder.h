#pragma once

#include <QByteArray>
#include <QImage>

namespace motcua::card {

/// Decodes JPEG 2000 (JP2 file or raw J2K codestream) with openjpeg into a QImage.
class Jpeg2000Decoder
{
public:
    static bool isJpeg2000(const QByteArray& data);
    static bool isJp2File(const QByteArray& data);
    /// Null image on failure; grey, RGB and RGBA with 8-bit or deeper components are supported.
    static QImage decode(const QByteArray& data);
};

} // namespace motcua::card
