#include "VisitorDocuments.h"

#include "DocumentFonts.h"
#include "DutyLogbook.h"
#include "OfficialHeading.h"
#include "PdfDocumentWriter.h"
#include "QrCode.h"
#include "XlsxTableWriter.h"

namespace motcua::visitors {

using documents::DocumentFonts;
using documents::OfficialHeading;
using documents::PdfDocumentWriter;

namespace {
QString dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

/// A table on A4 pages: repeats the header row on each new page.
class PdfTable
{
public:
    PdfTable(PdfDocumentWriter& pdf, QStringList header, QList<double> widths, double top)
        : m_pdf(pdf), m_header(std::move(header)), m_widths(std::move(widths)), m_y(top)
    {
        drawRow(m_header, true);
    }
    void drawRow(const QStringList& cells, bool bold = false)
    {
        const QFont font = DocumentFonts::serif(10, bold);
        double height = 6;
        // Measure first so the row's cells share one height.
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box = m_pdf.toDevice(QRectF(0, 0, m_widths.at(c) - 2, 100));
            m_pdf.painter().setFont(font);
            const QRectF need = m_pdf.painter().boundingRect(box, Qt::TextWordWrap, cells.at(c));
            height = qMax(height, need.height() / m_pdf.toDevice(QRectF(0, 0, 1, 1)).height() + 2);
        }
        if (m_y + height > m_pdf.contentSizeMm().height() - 10) {
            m_pdf.newPage();
            m_y = 0;
            if (!bold)
                drawRow(m_header, true);
        }
        double x = 0;
        for (int c = 0; c < cells.size(); ++c) {
            m_pdf.painter().setPen(QPen(Qt::black, m_pdf.toDevice(QRectF(0, 0, 0.2, 0)).width()));
            m_pdf.painter().setBrush(bold ? QColor(235, 235, 235) : QColor(Qt::white));
            m_pdf.painter().drawRect(m_pdf.toDevice(QRectF(x, m_y, m_widths.at(c), height)));
            m_pdf.drawText(QRectF(x + 1, m_y + 1, m_widths.at(c) - 2, height - 2), cells.at(c), font,
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
            x += m_widths.at(c);
        }
        m_y += height;
    }
    double y() const { return m_y; }

private:
    PdfDocumentWriter& m_pdf;
    QStringList m_header;
    QList<double> m_widths;
    double m_y = 0;
};

QList<double> scaled(const QList<double>& parts, double total)
{
    double sum = 0;
    for (double p : parts)
        sum += p;
    QList<double> out;
    for (double p : parts)
        out.append(p / sum * total);
    return out;
}
} // namespace

QByteArray VisitorDocuments::badgeQrPayload(const VisitRow& visit)
{
    return QStringLiteral("MOTCUA-VISIT:%1:%2:%3")
        .arg(visit.visitId)
        .arg(visit.badgeNumber, visit.checkedInAt.toString(QStringLiteral("yyyyMMddHHmm")))
        .toLatin1();
}

bool VisitorDocuments::writeBadge(const QString& fileName, const BadgeData& badge)
{
    PdfDocumentWriter pdf(fileName, PdfDocumentWriter::Format::Card, tr("Visitor badge"));
    if (!pdf.isOpen())
        return false;
    const QSizeF page = pdf.contentSizeMm(); // about 79.6 × 48 mm
    // Top band: agency and the word VISITOR, readable from a distance.
    pdf.painter().fillRect(pdf.toDevice(QRectF(0, 0, page.width(), 9)), QColor(0, 82, 147));
    pdf.painter().setPen(Qt::white);
    pdf.painter().setFont(DocumentFonts::serif(7, true));
    pdf.painter().drawText(pdf.toDevice(QRectF(2, 0.5, page.width() - 4, 4)), Qt::AlignLeft | Qt::AlignVCenter,
                           badge.agency.toUpper());
    pdf.painter().setFont(DocumentFonts::serif(10, true));
    pdf.painter().drawText(pdf.toDevice(QRectF(2, 4, page.width() - 4, 5)), Qt::AlignLeft | Qt::AlignVCenter,
                           tr("VISITOR"));
    pdf.painter().setFont(DocumentFonts::serif(14, true));
    pdf.painter().drawText(pdf.toDevice(QRectF(2, 0, page.width() - 4, 9)), Qt::AlignRight | Qt::AlignVCenter,
                           QStringLiteral("№ %1").arg(badge.visit.badgeNumber));

    const QRectF photo(0, 11, 22, 29);
    pdf.painter().setPen(QPen(Qt::gray, pdf.toDevice(QRectF(0, 0, 0.2, 0)).width()));
    pdf.painter().setBrush(Qt::NoBrush);
    pdf.painter().drawRect(pdf.toDevice(photo));
    pdf.drawImage(photo, badge.portrait);

    const double x = 24;
    const double w = page.width() - x - 22;
    double y = 11;
    y += pdf.drawText(QRectF(x, y, w, 10), badge.visit.fullName, DocumentFonts::serif(10, true),
                      Qt::AlignLeft | Qt::TextWordWrap) +
         1;
    const QFont small = DocumentFonts::serif(7);
    y += pdf.drawText(QRectF(x, y, w, 8), tr("Host: %1").arg(badge.visit.hostName), small,
                      Qt::AlignLeft | Qt::TextWordWrap);
    if (!badge.visit.department.isEmpty())
        y += pdf.drawText(QRectF(x, y, w, 8), badge.visit.department, small, Qt::AlignLeft | Qt::TextWordWrap);
    y += pdf.drawText(QRectF(x, y, w, 5), tr("Date: %1").arg(dateTime(badge.visit.checkedInAt)), small, Qt::AlignLeft);

    const auto qr = documents::QrCode::encode(badgeQrPayload(badge.visit));
    qr.paint(pdf.painter(), pdf.toDevice(QRectF(page.width() - 21, 11, 21, 21)));
    pdf.drawText(QRectF(0, page.height() - 5, page.width(), 5), tr("Return this badge when you leave."),
                 DocumentFonts::serif(6), Qt::AlignHCenter);
    return pdf.finish();
}

bool VisitorDocuments::writeMusterList(const QString& fileName, const RegisterHeader& header,
                                       const QList<VisitRow>& inside)
{
    PdfDocumentWriter pdf(fileName, PdfDocumentWriter::Format::A4Portrait, tr("Evacuation list"));
    if (!pdf.isOpen())
        return false;
    OfficialHeading heading;
    heading.agency = header.agency;
    heading.placeDate = OfficialHeading::vietnameseDateLine(header.place, header.printedAt.date());
    double y = heading.draw(pdf);
    const double width = pdf.contentSizeMm().width();
    y += pdf.drawText(QRectF(0, y, width, 10), tr("EVACUATION LIST OF VISITORS ON SITE"),
                      DocumentFonts::serif(14, true), Qt::AlignHCenter);
    y += 1 + pdf.drawText(QRectF(0, y, width, 7),
                          tr("At %1: %n person(s) inside", nullptr, int(inside.size())).arg(dateTime(header.printedAt)),
                          DocumentFonts::serif(11), Qt::AlignHCenter);
    PdfTable table(pdf, {tr("No."), tr("Badge"), tr("Full name"), tr("Host / department"), tr("In since"), tr("Safe")},
                   scaled({8, 12, 45, 45, 24, 14}, width), y + 3);
    int n = 0;
    for (const VisitRow& v : inside)
        table.drawRow({QString::number(++n), v.badgeNumber, v.fullName,
                       v.department.isEmpty() ? v.hostName : v.hostName + QStringLiteral(" / ") + v.department,
                       dateTime(v.checkedInAt), QStringLiteral("☐")});
    pdf.drawText(QRectF(width / 2, table.y() + 6, width / 2, 20), tr("Person in charge\n(signature, full name)"),
                 DocumentFonts::serif(11, true), Qt::AlignHCenter);
    return pdf.finish();
}

bool VisitorDocuments::writeLogbookPdf(const QString& fileName, const RegisterHeader& header, const QDate& day,
                                       int shift, const QList<LogbookEntry>& entries)
{
    PdfDocumentWriter pdf(fileName, PdfDocumentWriter::Format::A4Portrait, tr("Duty logbook"));
    if (!pdf.isOpen())
        return false;
    OfficialHeading heading;
    heading.agency = header.agency;
    heading.placeDate = OfficialHeading::vietnameseDateLine(header.place, header.printedAt.date());
    double y = heading.draw(pdf);
    const double width = pdf.contentSizeMm().width();
    y += pdf.drawText(QRectF(0, y, width, 10), tr("DUTY LOGBOOK"), DocumentFonts::serif(14, true), Qt::AlignHCenter);
    y += 1 +
         pdf.drawText(QRectF(0, y, width, 7),
                      tr("Day %1 — %2").arg(day.toString(QStringLiteral("dd/MM/yyyy")), DutyLogbook::shiftName(shift)),
                      DocumentFonts::serif(11), Qt::AlignHCenter);
    PdfTable table(pdf, {tr("Time"), tr("Event"), tr("Visitor"), tr("Badge"), tr("Host"), tr("Operator"), tr("Remark")},
                   scaled({13, 20, 34, 10, 28, 17, 38}, width), y + 3);
    for (const LogbookEntry& e : entries)
        table.drawRow({e.at.toString(QStringLiteral("HH:mm")), DutyLogbook::kindLabel(e.kind), e.visitorName,
                       e.badgeNumber, e.hostName, e.operatorName, e.remark});
    const double signY = table.y() + 8;
    pdf.drawText(QRectF(0, signY, width / 2, 20), tr("Handed over by\n(signature, full name)"),
                 DocumentFonts::serif(11, true), Qt::AlignHCenter);
    pdf.drawText(QRectF(width / 2, signY, width / 2, 20), tr("Received by\n(signature, full name)"),
                 DocumentFonts::serif(11, true), Qt::AlignHCenter);
    return pdf.finish();
}

bool VisitorDocuments::writeLogbookXlsx(const QString& fileName, const QDate& day, int shift,
                                        const QList<LogbookEntry>& entries)
{
    documents::XlsxTableWriter xlsx(fileName, tr("Logbook"));
    xlsx.setTitle(
        tr("Duty logbook %1 — %2").arg(day.toString(QStringLiteral("dd/MM/yyyy")), DutyLogbook::shiftName(shift)));
    xlsx.setHeader(
        {tr("Date"), tr("Time"), tr("Event"), tr("Visitor"), tr("Badge"), tr("Host"), tr("Operator"), tr("Remark")},
        {12, 8, 20, 28, 8, 24, 14, 40});
    for (const LogbookEntry& e : entries)
        xlsx.addRow({e.at.toString(QStringLiteral("dd/MM/yyyy")), e.at.toString(QStringLiteral("HH:mm")),
                     DutyLogbook::kindLabel(e.kind), e.visitorName, e.badgeNumber, e.hostName, e.operatorName,
                     e.remark});
    return xlsx.finish();
}

} // namespace motcua::visitors
