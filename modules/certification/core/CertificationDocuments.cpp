#include "CertificationDocuments.h"

#include "AdminUnits.h"
#include "Database.h"
#include "DocumentFonts.h"
#include "Fee.h"
#include "OfficialHeading.h"
#include "PdfDocumentWriter.h"
#include "XlsxTableWriter.h"

#include <QSqlQuery>

namespace motcua::certification {

using documents::DocumentFonts;
using documents::OfficialHeading;
using documents::PdfDocumentWriter;

namespace {

QString date(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

double heading(PdfDocumentWriter& pdf, const DocumentHeader& header, const QDate& when)
{
    OfficialHeading h;
    h.agency = header.agency.toUpper();
    h.placeDate = OfficialHeading::vietnameseDateLine(header.place, when);
    return h.draw(pdf);
}

/// Label/value lines of a form: returns the y after the last line.
double formLines(PdfDocumentWriter& pdf, double y, const QList<QPair<QString, QString>>& lines)
{
    const double width = pdf.contentSizeMm().width();
    for (const auto& [label, value] : lines) {
        pdf.drawText(QRectF(0, y, 55, 8), label, DocumentFonts::serif(12));
        y += std::max(7.0, pdf.drawText(QRectF(55, y, width - 55, 20), value, DocumentFonts::serif(12, true)) + 1);
    }
    return y;
}

void signatureBlock(PdfDocumentWriter& pdf, double y, const QString& title, const QString& name)
{
    const double width = pdf.contentSizeMm().width();
    const QRectF box(width / 2, y, width / 2, 8);
    pdf.drawText(box, title, DocumentFonts::serif(12, true), Qt::AlignHCenter);
    pdf.drawText(box.translated(0, 6), QStringLiteral("(Ký, ghi rõ họ tên)"), DocumentFonts::serif(11),
                 Qt::AlignHCenter);
    pdf.drawText(box.translated(0, 30), name, DocumentFonts::serif(12, true), Qt::AlignHCenter);
}

QStringList registerColumns()
{
    return {QStringLiteral("Số chứng thực"),   QStringLiteral("Ngày"),    QStringLiteral("Người yêu cầu"),
            QStringLiteral("Số định danh"),    QStringLiteral("Giấy tờ"), QStringLiteral("Cơ quan cấp"),
            QStringLiteral("Số trang"),        QStringLiteral("Số bản"),  QStringLiteral("Lệ phí"),
            QStringLiteral("Người thực hiện"), QStringLiteral("Ghi chú")};
}

QStringList registerRow(const RegisterEntry& e)
{
    const QString note =
        e.status == QStringLiteral("cancelled") ? QStringLiteral("Đã hủy: %1").arg(e.cancelReason) : QString();
    return {e.certificationNumber,
            date(e.date),
            e.requesterName,
            e.requesterIdNumber,
            e.documentName,
            e.issuingBody,
            QString::number(e.pages),
            QString::number(e.copies),
            Fee::format(e.fee),
            e.officer,
            note};
}

} // namespace

DocumentHeader CertificationDocuments::workstationHeader(const Database& db, const QString& officer)
{
    DocumentHeader header;
    header.officer = officer;
    QSqlQuery q = db.query();
    if (q.exec(QStringLiteral("SELECT key, value FROM workstation WHERE key IN ('agency', 'commune')")))
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("agency"))
                header.agency = q.value(1).toString();
            else if (const Commune* c = AdminUnits::instance().commune(q.value(1).toString()))
                header.place = c->name;
        }
    return header;
}

QString CertificationDocuments::legalBasis(RefusalGround ground)
{
    return QStringLiteral("Khoản %1 Điều 22 Nghị định số 23/2015/NĐ-CP").arg(int(ground));
}

QString CertificationDocuments::feeText(qint64 fee)
{
    return Fee::format(fee);
}

bool CertificationDocuments::writeReceipt(const QString& fileName, const DocumentHeader& header,
                                          const RegisterEntry& entry)
{
    PdfDocumentWriter pdf(fileName, PdfDocumentWriter::Format::A4Portrait, QStringLiteral("Giấy biên nhận"));
    if (!pdf.isOpen())
        return false;
    double y = heading(pdf, header, entry.date) + 8;
    const double width = pdf.contentSizeMm().width();
    y += pdf.drawText(QRectF(0, y, width, 10), QStringLiteral("GIẤY BIÊN NHẬN"), DocumentFonts::serif(15, true),
                      Qt::AlignHCenter) +
         1;
    y += pdf.drawText(QRectF(0, y, width, 8), QStringLiteral("Yêu cầu chứng thực bản sao điện tử từ bản chính"),
                      DocumentFonts::serif(12), Qt::AlignHCenter) +
         8;
    y = formLines(pdf, y,
                  {{QStringLiteral("Người yêu cầu:"), entry.requesterName},
                   {QStringLiteral("Giấy tờ:"), entry.documentName},
                   {QStringLiteral("Cơ quan cấp:"), entry.issuingBody},
                   {QStringLiteral("Số trang:"), QString::number(entry.pages)},
                   {QStringLiteral("Số bản sao:"), QString::number(entry.copies)},
                   {QStringLiteral("Lệ phí:"), Fee::format(entry.fee)},
                   {QStringLiteral("Số chứng thực:"), entry.certificationNumber},
                   {QStringLiteral("Ngày chứng thực:"), date(entry.date)},
                   {QStringLiteral("Người tiếp nhận:"), entry.officer}});
    y += 6;
    y += pdf.drawText(QRectF(0, y, width, 20),
                      QStringLiteral("Bản sao điện tử đã được ký số và có thể tra cứu bằng số chứng thực hoặc mã QR "
                                     "trên trang chứng thực."),
                      DocumentFonts::serif(11)) +
         10;
    signatureBlock(pdf, y, QStringLiteral("NGƯỜI TIẾP NHẬN"), entry.officer);
    return pdf.finish();
}

bool CertificationDocuments::writeRefusalNote(const QString& fileName, const DocumentHeader& header,
                                              const RefusalNote& refusal)
{
    PdfDocumentWriter pdf(fileName, PdfDocumentWriter::Format::A4Portrait, QStringLiteral("Phiếu từ chối"));
    if (!pdf.isOpen())
        return false;
    double y = heading(pdf, header, refusal.date) + 8;
    const double width = pdf.contentSizeMm().width();
    y += pdf.drawText(QRectF(0, y, width, 10), QStringLiteral("PHIẾU TỪ CHỐI CHỨNG THỰC"),
                      DocumentFonts::serif(15, true), Qt::AlignHCenter) +
         8;
    QList<QPair<QString, QString>> lines{{QStringLiteral("Người yêu cầu:"), refusal.requesterName},
                                         {QStringLiteral("Giấy tờ:"), refusal.documentName},
                                         {QStringLiteral("Lý do từ chối:"), refusalGroundText(refusal.ground)},
                                         {QStringLiteral("Căn cứ pháp lý:"), legalBasis(refusal.ground)}};
    if (!refusal.note.isEmpty())
        lines.append({QStringLiteral("Ghi chú:"), refusal.note});
    y = formLines(pdf, y, lines) + 16;
    signatureBlock(pdf, y, QStringLiteral("NGƯỜI THỰC HIỆN CHỨNG THỰC"), header.officer);
    return pdf.finish();
}

bool CertificationDocuments::writeRegisterPdf(const QString& fileName, const DocumentHeader& header, int year,
                                              const QString& book, const QList<RegisterEntry>& entries, int closedCount)
{
    PdfDocumentWriter pdf(fileName, PdfDocumentWriter::Format::A4Landscape,
                          QStringLiteral("Sổ chứng thực %1/%2").arg(book).arg(year));
    if (!pdf.isOpen())
        return false;
    const QDate today = entries.isEmpty() ? QDate(year, 12, 31) : entries.constLast().date;
    double y = heading(pdf, header, today) + 6;
    const double width = pdf.contentSizeMm().width();
    y += pdf.drawText(QRectF(0, y, width, 10),
                      QStringLiteral("SỔ CHỨNG THỰC BẢN SAO ĐIỆN TỬ TỪ BẢN CHÍNH — Quyển số %1/%2").arg(book).arg(year),
                      DocumentFonts::serif(13, true), Qt::AlignHCenter) +
         4;
    const QList<double> parts{30, 18, 34, 26, 32, 30, 12, 10, 18, 30, 27};
    double sum = 0;
    for (double p : parts)
        sum += p;
    QList<double> widths;
    for (double p : parts)
        widths << p / sum * width;
    const QFont font = DocumentFonts::serif(8.5);
    const QFont bold = DocumentFonts::serif(8.5, true);
    const auto row = [&](const QStringList& cells, bool header) {
        // One row's cells share the tallest cell's height; a row that does not fit starts a new page.
        double height = 5;
        pdf.painter().setFont(header ? bold : font);
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF need = pdf.painter().boundingRect(pdf.toDevice(QRectF(0, 0, widths[c] - 1.5, 200)),
                                                           Qt::TextWordWrap, cells[c]);
            height = std::max(height, need.height() / pdf.toDevice(QRectF(0, 0, 1, 1)).height() + 1.5);
        }
        if (y + height > pdf.contentSizeMm().height() - 8) {
            pdf.newPage();
            y = 0;
        }
        double x = 0;
        for (int c = 0; c < cells.size(); ++c) {
            pdf.painter().setPen(QPen(Qt::black, pdf.toDevice(QRectF(0, 0, 0.2, 0)).width()));
            pdf.painter().setBrush(header ? QColor(235, 235, 235) : QColor(Qt::white));
            pdf.painter().drawRect(pdf.toDevice(QRectF(x, y, widths[c], height)));
            pdf.drawText(QRectF(x + 0.75, y + 0.75, widths[c] - 1.5, height - 1.5), cells[c], header ? bold : font,
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
            x += widths[c];
        }
        y += height;
    };
    row(registerColumns(), true);
    for (const RegisterEntry& e : entries) {
        if (y > pdf.contentSizeMm().height() - 14) {
            pdf.newPage();
            y = 0;
            row(registerColumns(), true);
        }
        row(registerRow(e), false);
    }
    y += 6;
    const QString total = closedCount >= 0
                              ? QStringLiteral("Sổ đã khóa cuối năm với %1 việc chứng thực.").arg(closedCount)
                              : QStringLiteral("Tổng số: %1 việc chứng thực (sổ chưa khóa).").arg(entries.size());
    if (y > pdf.contentSizeMm().height() - 10) {
        pdf.newPage();
        y = 0;
    }
    pdf.drawText(QRectF(0, y, width, 8), total, DocumentFonts::serif(11, true));
    return pdf.finish();
}

bool CertificationDocuments::writeRegisterXlsx(const QString& fileName, int year, const QString& book,
                                               const QList<RegisterEntry>& entries, QString* error)
{
    documents::XlsxTableWriter xlsx(fileName, QStringLiteral("So %1-%2").arg(book).arg(year));
    xlsx.setTitle(QStringLiteral("Sổ chứng thực bản sao điện tử từ bản chính — Quyển số %1/%2").arg(book).arg(year));
    xlsx.setHeader(registerColumns(), {22, 12, 26, 16, 24, 24, 9, 8, 12, 22, 24});
    for (const RegisterEntry& e : entries)
        xlsx.addRow(registerRow(e));
    const bool ok = xlsx.finish();
    if (!ok && error)
        *error = xlsx.errorString();
    return ok;
}

} // namespace motcua::certification
