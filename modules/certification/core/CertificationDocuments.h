#pragma once

#include "CertificationRegister.h"
#include "RefusalGround.h"

#include <QDate>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::certification {

/// What the printed documents need besides the register entry: who issues them, where.
struct DocumentHeader
{
    QString agency;  ///< e.g. "UBND XÃ AN BÌNH"
    QString place;   ///< for the date line, e.g. "An Bình"
    QString officer; ///< the officer's display name
};

/// A refusal as printed on the refusal note.
struct RefusalNote
{
    QString requesterName;
    QString documentName;
    RefusalGround ground = RefusalGround::Altered;
    QString note;
    QDate date;
};

/// The module's printable A4 documents (always in Vietnamese: they are official papers), written with
/// app/documents (PdfDocumentWriter, OfficialHeading) and XlsxTableWriter. No widgets.
class CertificationDocuments
{
public:
    /// Giấy biên nhận: requester, document, pages, copies, fee, date, officer, certification number.
    static bool writeReceipt(const QString& fileName, const DocumentHeader& header, const RegisterEntry& entry);
    /// Phiếu từ chối: requester, document, the ground and its legal basis.
    static bool writeRefusalNote(const QString& fileName, const DocumentHeader& header, const RefusalNote& refusal);
    /// The register of one year and book, A4 landscape with the official heading; ID numbers as given.
    static bool writeRegisterPdf(const QString& fileName, const DocumentHeader& header, int year, const QString& book,
                                 const QList<RegisterEntry>& entries, int closedCount);
    static bool writeRegisterXlsx(const QString& fileName, int year, const QString& book,
                                  const QList<RegisterEntry>& entries, QString* error = nullptr);

    /// The agency and commune the setup wizard recorded for this workstation, with the officer's name.
    static DocumentHeader workstationHeader(const Database& db, const QString& officer);

    /// "Điều 22 Nghị định 23/2015/NĐ-CP, khoản N": the legal basis of a refusal ground.
    static QString legalBasis(RefusalGround ground);
    static QString feeText(qint64 fee);
};

} // namespace motcua::certification
