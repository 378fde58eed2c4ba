#include "PageImport.h"

#include "CertificationTr.h"
#include "DocumentEditor.h"
#include "SimplePdf.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace motcua::certification {

namespace {

/// The JFIF APP0 density, in dots per metre (0 when the file does not say).
double jfifDotsPerMeter(const QByteArray& jpeg)
{
    if (jpeg.size() < 18 || jpeg.mid(6, 5) != QByteArray("JFIF\0", 5))
        return 0;
    const int units = quint8(jpeg[13]);
    const int density = (quint8(jpeg[14]) << 8) | quint8(jpeg[15]);
    return units == 1 ? density / 0.0254 : units == 2 ? density * 100.0 : 0;
}

bool isPdf(const QByteArray& head)
{
    return head.startsWith("%PDF-");
}

Status refused(const QString& path, const QString& why)
{
    return Status(Status::Code::InputRejected,
                  Tr::tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), why));
}

// A refusal when the dimensions are not those of a scanned page (or unknown); OK otherwise.
Status checkDimensions(const QString& path, const QSize& size)
{
    if (size.isValid() && !size.isEmpty() && size.width() <= PageImport::kMaxSide &&
        size.height() <= PageImport::kMaxSide && qint64(size.width()) * size.height() <= PageImport::kMaxPixels)
        return {};
    return refused(path, Tr::tr("the image's dimensions (%1 × %2) are not those of a scanned page.")
                             .arg(size.width())
                             .arg(size.height()));
}

} // namespace

Result<QList<PageItem>> PageImport::inspect(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused(path, f.errorString());
    const QByteArray head = f.peek(8);
    QList<PageItem> items;
    if (isPdf(head)) {
        sign::DocumentEditor editor;
        if (Status s = editor.open(f.readAll()); !s)
            return refused(path, s.message());
        for (int i = 0; i < editor.pageCount(); ++i)
            items << PageItem{path, i, 0, true};
        return items;
    }
    QImageReader reader(&f);
    if (!reader.canRead())
        return refused(path, Tr::tr("it is neither a PDF nor a JPEG, PNG or TIFF image."));
    // Counted before size(): Qt 6.4's TIFF reader reports a single frame once it has read the first one's size.
    const int frames = std::max(1, reader.imageCount());
    if (Status s = checkDimensions(path, reader.size()); !s)
        return s;
    for (int i = 0; i < frames; ++i)
        items << PageItem{path, i, 0, false};
    return items;
}

Result<QByteArray> PageImport::imagePage(const PageItem& item)
{
    QFile f(item.path);
    if (!f.open(QIODevice::ReadOnly))
        return refused(item.path, f.errorString());
    const QByteArray data = f.readAll();
    QBuffer buffer(const_cast<QByteArray*>(&data));
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    const QByteArray format = reader.format();
    if (item.index > 0 && !reader.jumpToImage(item.index))
        return refused(item.path, Tr::tr("page %1 is missing.").arg(item.index + 1));
    // Every frame is checked before decoding: a TIFF's later frames need not be the size of its first one.
    QSize size = reader.size();
    if (Status s = checkDimensions(item.path, size); !s)
        return s;
    QByteArray jpeg;
    bool gray = false;
    double dpmX = 0;
    if (format == "jpeg" || format == "jpg") {
        // A scanner's JPEG goes in untouched (DCTDecode): no generation loss and no time spent.
        jpeg = data;
        // Only the header is read: decoding ten 300-dpi scans would cost more than the whole certification.
        gray = reader.imageFormat() == QImage::Format_Grayscale8;
        dpmX = jfifDotsPerMeter(data);
    } else {
        QImage image = reader.read();
        if (image.isNull())
            return refused(item.path, reader.errorString());
        gray = image.isGrayscale();
        dpmX = image.dotsPerMeterX();
        size = image.size();
        image = image.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        image.save(&out, "JPEG", 90);
    }
    // Page size from the scan resolution (default 300 dpi), so an A4 scan makes an A4 page.
    const double dpi = dpmX > 100 ? dpmX * 0.0254 : 300.0;
    const double w = size.width() * 72.0 / dpi, h = size.height() * 72.0 / dpi;
    SimplePdf pdf;
    const int img = pdf.add("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(size.width()) +
                            " /Height " + QByteArray::number(size.height()) + " /ColorSpace /" +
                            (gray ? "DeviceGray" : "DeviceRGB") + " /BitsPerComponent 8 /Filter /DCTDecode /Length " +
                            QByteArray::number(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
    const QByteArray content =
        "q " + QByteArray::number(w, 'f', 2) + " 0 0 " + QByteArray::number(h, 'f', 2) + " 0 0 cm /Im0 Do Q";
    return pdf.writePage(w, h, content, "<< /XObject << /Im0 " + QByteArray::number(img) + " 0 R >> >>", item.rotation);
}

} // namespace motcua::certification
