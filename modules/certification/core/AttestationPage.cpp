#include "AttestationPage.h"

#include "DocumentFonts.h"
#include "FontSubset.h"
#include "PdfFontObjects.h"
#include "QrCode.h"
#include "SimplePdf.h"

namespace motcua::certification {

namespace {

const QString kHeading1 = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
const QString kHeading2 = QStringLiteral("Độc lập - Tự do - Hạnh phúc");

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

struct Writer
{
    const sign::FontSubset& regular;
    const sign::FontSubset& bold;
    QByteArray content;

    void text(const QString& s, double x, double y, double size, bool isBold)
    {
        const sign::FontSubset& f = isBold ? bold : regular;
        content += "BT /" + QByteArray(isBold ? "F2 " : "F1 ") + num(size) + " Tf " + num(x) + ' ' + num(y) + " Td " +
                   f.show(s) + " Tj ET\n";
    }
    void centred(const QString& s, double cx, double y, double size, bool isBold)
    {
        text(s, cx - (isBold ? bold : regular).width(s, size) / 2, y, size, isBold);
    }
};

/// The QR code as PDF path operators at (x, y) (bottom-left, points), `side` wide: runs of dark modules become one
/// rectangle each, a third of the bytes of one rectangle per module.
QByteArray qrPdfPath(const documents::QrCode& qr, double x, double y, double side)
{
    if (!qr.isValid())
        return {};
    const int size = qr.size();
    const double unit = side / size;
    const auto n = [](double v) { return QByteArray::number(v, 'f', 3); };
    QByteArray path = "q 0 0 0 rg\n";
    for (int row = 0; row < size; ++row) {
        for (int col = 0; col < size;) {
            if (!qr.module(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < size && qr.module(end, row))
                ++end;
            path += n(x + col * unit) + ' ' + n(y + (size - row - 1) * unit) + ' ' + n((end - col) * unit) + ' ' +
                    n(unit) + " re\n";
            col = end;
        }
    }
    return path + "f Q\n";
}

} // namespace

Result<AttestationPage> AttestationPage::build(const QStringList& lines, const QByteArray& qrText,
                                               const QString& caption)
{
    QString regularText = caption, boldText = kHeading1 + kHeading2;
    for (const QString& l : lines)
        (l.startsWith(QLatin1Char('#')) ? boldText : regularText) += l;
    // Liberation Serif shipped with app/documents: the page reads the same on a machine without system fonts.
    auto regular = sign::FontSubset::create(documents::DocumentFonts::serifFontFile(false), regularText);
    auto bold = sign::FontSubset::create(documents::DocumentFonts::serifFontFile(true), boldText);
    if (!regular)
        return regular.status();
    if (!bold)
        return bold.status();

    Writer w{*regular, *bold, "0 0 0 rg 0 0 0 RG\n"};
    const double cx = kWidth / 2;
    w.centred(kHeading1, cx, 785, 12.5, true);
    w.centred(kHeading2, cx, 768, 12.5, true);
    const double underline = bold->width(kHeading2, 12.5);
    w.content += "0.6 w " + num(cx - underline / 2) + " 764 m " + num(cx + underline / 2) + " 764 l S\n";

    double y = 700;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            w.centred(line.mid(1), line.startsWith(QStringLiteral("#CH")) ? cx : 420, y, 13, true);
        else if (!line.trimmed().isEmpty())
            w.text(line, 72, y, 12.5, false);
        y -= line.trimmed().isEmpty() ? 10 : 20;
    }

    AttestationPage page;
    page.officerBox = QRectF(310, y - 95, 220, 64);
    page.agencyBox = QRectF(310, y - 170, 220, 64);
    // The QR code sits at the foot of the page, away from the signature boxes, with its caption beside it.
    w.content += qrPdfPath(documents::QrCode::encode(qrText), 72, 72, 96);
    w.text(caption, 180, 112, 9, false);

    SimplePdf pdf;
    const auto reserve = [&pdf] { return pdf.reserve(); };
    const auto set = [&pdf](int n, QByteArray body) { pdf.setObject(n, std::move(body)); };
    const int f1 = sign::writeType0Font(*regular, reserve, set);
    const int f2 = sign::writeType0Font(*bold, reserve, set);
    page.pdf = pdf.writePage(kWidth, kHeight, w.content,
                             "<< /Font << /F1 " + QByteArray::number(f1) + " 0 R /F2 " + QByteArray::number(f2) +
                                 " 0 R >> >>");
    return page;
}

} // namespace motcua::certification
