#include "OfficialHeading.h"

#include "DocumentFonts.h"
#include "PdfDocumentWriter.h"

#include <QDate>

namespace motcua::documents {

double OfficialHeading::draw(PdfDocumentWriter& pdf) const
{
    const double width = pdf.contentSizeMm().width();
    const double left = width * 0.4;
    const double rightX = left;
    const double rightW = width - left;
    double y = 0;
    if (!formCode.isEmpty()) {
        pdf.drawText(QRectF(0, 0, width, 5), formCode, DocumentFonts::serif(9), Qt::AlignRight);
        y = 5;
    }
    const QFont agencyFont = DocumentFonts::serif(12, true);
    const double agencyH =
        pdf.drawText(QRectF(0, y, left, 14), agency.toUpper(), agencyFont, Qt::AlignHCenter | Qt::TextWordWrap);
    pdf.drawLine(QPointF(left * 0.3, y + agencyH + 1), QPointF(left * 0.7, y + agencyH + 1));

    const double titleH =
        pdf.drawText(QRectF(rightX, y, rightW, 7), nationalTitle(), DocumentFonts::serif(12, true), Qt::AlignHCenter);
    const QFont mottoFont = DocumentFonts::serif(13, true);
    const double mottoH = pdf.drawText(QRectF(rightX, y + titleH, rightW, 7), motto(), mottoFont, Qt::AlignHCenter);
    // The underline under the motto is as long as the motto itself.
    const double mottoW = pdf.textWidthMm(motto(), mottoFont);
    const double centre = rightX + rightW / 2;
    const double lineY = y + titleH + mottoH + 0.8;
    pdf.drawLine(QPointF(centre - mottoW / 2, lineY), QPointF(centre + mottoW / 2, lineY));
    double bottom = qMax(y + agencyH + 2, lineY + 1);
    if (!placeDate.isEmpty()) {
        QFont italic = DocumentFonts::serif(12);
        italic.setItalic(true);
        bottom += 2 + pdf.drawText(QRectF(rightX, bottom + 2, rightW, 7), placeDate, italic, Qt::AlignHCenter);
    }
    return bottom + 4;
}

QString OfficialHeading::vietnameseDateLine(const QString& place, const QDate& date)
{
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place)
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

} // namespace motcua::documents
