#include "CertifiedCopyBuilder.h"

#include "CertificationTr.h"

#include <QCryptographicHash>
#include <QFile>

#include <podofo.h>

#include <map>
#include <memory>

using namespace PoDoFo;

namespace motcua::certification {

namespace {

QByteArray writeDocument(PdfMemDocument& doc)
{
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc.Write(&device);
    return QByteArray(buffer.GetBuffer(), static_cast<qsizetype>(device.GetLength()));
}

void loadInto(PdfMemDocument& doc, const QByteArray& data)
{
    doc.LoadFromBuffer(data.constData(), static_cast<long>(data.size()));
}

} // namespace

Result<QByteArray> CertifiedCopyBuilder::assemble(const QList<PageItem>& pages)
{
    PdfMemDocument out;
    return assembleInto(out, pages);
}

Result<QByteArray> CertifiedCopyBuilder::assembleInto(PoDoFo::PdfMemDocument& out, const QList<PageItem>& pages)
{
    if (pages.isEmpty())
        return Status(Status::Code::InputRejected, Tr::tr("Import the original's pages first."));
    PdfError::EnableLogging(false);
    try {
        std::map<QString, std::unique_ptr<PdfMemDocument>> sources; // a PDF original is parsed once
        // PoDoFo's InsertPages copies every object of the source and only drops the pages outside the range, so runs
        // of consecutive pages of one PDF go in with one call (a whole scanned PDF in order: one copy). PoDoFo 0.9.8's
        // CollectGarbage broke the page tree here, so reordered or deleted PDF pages still cost extra copies.
        for (qsizetype i = 0; i < pages.size();) {
            const PageItem& item = pages[i];
            const int firstOut = out.GetPageCount();
            qsizetype run = 1;
            if (item.isPdf) {
                auto& src = sources[item.path];
                if (!src) {
                    QFile f(item.path);
                    if (!f.open(QIODevice::ReadOnly))
                        return Status(Status::Code::InputRejected, Tr::tr("Cannot open %1.").arg(item.path));
                    src = std::make_unique<PdfMemDocument>();
                    loadInto(*src, f.readAll());
                }
                while (i + run < pages.size() && pages[i + run].isPdf && pages[i + run].path == item.path &&
                       pages[i + run].index == item.index + run)
                    ++run;
                out.InsertPages(*src, item.index, static_cast<int>(run));
            } else {
                Result<QByteArray> one = PageImport::imagePage(item);
                if (!one)
                    return one.status();
                PdfMemDocument page;
                loadInto(page, *one);
                out.InsertPages(page, 0, 1);
            }
            for (qsizetype k = 0; k < run; ++k) {
                const PageItem& placed = pages[i + k];
                if (placed.isPdf && placed.rotation) {
                    PdfPage* p = out.GetPage(firstOut + static_cast<int>(k));
                    p->SetRotation((p->GetRotation() + placed.rotation) % 360);
                }
            }
            i += run;
        }
        return writeDocument(out);
    } catch (const PdfError& e) {
        return Status(Status::Code::InputRejected, Tr::tr("A page of the original cannot be read."),
                      QString::fromUtf8(PdfError::ErrorName(e.GetError())));
    }
}

Result<CertifiedCopy> CertifiedCopyBuilder::build(const QList<PageItem>& pages, const QString& templateText,
                                                  AttestationFields fields)
{
    // The copy stays in memory: hashed as written, then the attestation page goes into the same document (one
    // parse of the scans fewer than reloading the written copy).
    PdfMemDocument doc;
    Result<QByteArray> copyPages = assembleInto(doc, pages);
    if (!copyPages)
        return copyPages.status();
    CertifiedCopy copy;
    copy.documentHash = QCryptographicHash::hash(*copyPages, QCryptographicHash::Sha256).toHex();
    fields.pages = static_cast<int>(pages.size());
    Result<AttestationPage> attestation =
        AttestationPage::build(AttestationTemplate::render(templateText, fields),
                               verificationReference(fields.certificationNumber, copy.documentHash),
                               QStringLiteral("Mã tra cứu: %1").arg(fields.certificationNumber));
    if (!attestation)
        return attestation.status();
    try {
        PdfMemDocument page;
        loadInto(page, attestation->pdf);
        doc.InsertPages(page, 0, 1);
        copy.attestationPage = doc.GetPageCount();
        copy.pdf = writeDocument(doc);
    } catch (const PdfError& e) {
        return Status::failed(Tr::tr("The certified copy cannot be assembled."),
                              QString::fromUtf8(PdfError::ErrorName(e.GetError())));
    }
    copy.officerBox = attestation->officerBox;
    copy.agencyBox = attestation->agencyBox;
    return copy;
}

QByteArray CertifiedCopyBuilder::verificationReference(const QString& number, const QByteArray& hashHex)
{
    return "MOTCUA-CT|" + number.toUtf8() + '|' + hashHex;
}

bool CertifiedCopyBuilder::parseReference(const QString& text, QString* number, QByteArray* hashHex)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('|'));
    if (parts.size() == 3 && parts[0] == QStringLiteral("MOTCUA-CT")) {
        *number = parts[1];
        *hashHex = parts[2].toLatin1();
        return true;
    }
    if (parts.size() == 1 && !parts[0].isEmpty()) { // a number typed by hand
        *number = parts[0];
        hashHex->clear();
        return true;
    }
    return false;
}

} // namespace motcua::certification
