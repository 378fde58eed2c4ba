#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua::documents {

class PdfDocumentWriter;

/// The heading of Vietnamese official documents: the issuing agency on the left, the national title and motto
/// ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", underlined) on the right,
/// place and date below, and the form code in the corner.
class OfficialHeading
{
    Q_DECLARE_TR_FUNCTIONS(motcua::documents::OfficialHeading)

public:
    static QString nationalTitle() { return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); }
    static QString motto() { return QStringLiteral("Độc lập - Tự do - Hạnh phúc"); }

    QString agency;    // e.g. "UBND PHƯỜNG HOÀN KIẾM"
    QString formCode;  // printed small in the top-right corner, may be empty
    QString placeDate; // e.g. "Hà Nội, ngày 02 tháng 3 năm 2026"

    /// Draws at the top of the page; returns the height used in millimetres.
    double draw(PdfDocumentWriter& pdf) const;
    /// "Hà Nội, ngày 02 tháng 03 năm 2026" — the date line of official documents (always in Vietnamese).
    static QString vietnameseDateLine(const QString& place, const QDate& date);
};

} // namespace motcua::documents
