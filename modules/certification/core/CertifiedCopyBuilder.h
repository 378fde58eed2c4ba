#pragma once

#include "AttestationPage.h"
#include "AttestationTemplate.h"
#include "PageImport.h"

namespace PoDoFo {
class PdfMemDocument;
}

namespace motcua::certification {

/// The certified copy before signing: the original's pages in the officer's order and rotation, then the
/// attestation page; and the hash of the copy pages that the QR code and the register carry.
struct CertifiedCopy
{
    QByteArray pdf;
    QByteArray documentHash; ///< SHA-256 (hex) of the copy pages' PDF, before the attestation page
    QRectF officerBox;
    QRectF agencyBox;
    int attestationPage = 0; ///< 1-based page number of the attestation
};

/// Assembles originals (PDF pages and scanned images) into one PDF with PoDoFo and appends the attestation page.
class CertifiedCopyBuilder
{
public:
    static Result<QByteArray> assemble(const QList<PageItem>& pages);
    static Result<CertifiedCopy> build(const QList<PageItem>& pages, const QString& templateText,
                                       AttestationFields fields);
    /// "MOTCUA-CT|<certification number>|<hash>": what the QR code holds and the lookup accepts.
    static QByteArray verificationReference(const QString& certificationNumber, const QByteArray& hashHex);
    static bool parseReference(const QString& text, QString* number, QByteArray* hashHex);

private:
    static Result<QByteArray> assembleInto(PoDoFo::PdfMemDocument& out, const QList<PageItem>& pages);
};

} // namespace motcua::certification
