#pragma once

#include "Portrait.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// DG2: 75 { 7F61 { 02 count, 7F60 { A1 header, 5F2E|7F2E ISO/IEC 19794-5 record } } }.
/// Takes the first facial image; decodes JPEG with QImage and JPEG 2000 with openjpeg.
class Dg2
{
public:
    static Result<Portrait> parse(const QByteArray& raw);
    /// Builds a DG2 around one image (for the simulator and tests); `jpeg2000` sets the image type.
    static QByteArray encode(const QByteArray& imageData, bool jpeg2000, int width, int height);
};

} // namespace motcua::card
