#pragma once

#include "Status.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::certification {

/// One page of the original as the officer arranges it: which file, which page or frame in it, turned how far.
struct PageItem
{
    QString path;
    int index = 0;    ///< page of a PDF, frame of a TIFF, 0 for other images
    int rotation = 0; ///< 0, 90, 180, 270 (clockwise)
    bool isPdf = false;
};

/// Imports scanned originals (PDF, JPEG, PNG, TIFF, many pages) as page items, and turns an image page into a
/// one-page PDF (JPEG kept as it is; other formats encoded as JPEG, which is what scanners deliver).
class PageImport
{
public:
    /// Pages of a file; absurd image dimensions, unreadable or encrypted files are refused (code 8).
    static Result<QList<PageItem>> inspect(const QString& path);
    /// A one-page A4-wide PDF showing the image at its scanned resolution.
    static Result<QByteArray> imagePage(const PageItem& item);

    static constexpr int kMaxSide = 20000;          ///< pixels: beyond that a "scan" is absurd
    static constexpr qint64 kMaxPixels = 150000000; ///< 150 MP, about A3 at 600 dpi in colour
};

} // namespace motcua::certification
