#include "PdfSigner.h"

#include "CertificateCheck.h"
#include "DocumentEditor.h"
#include "IncrementalUpdate.h"
#include "SignTr.h"
#include "SignatureAppearance.h"

#include <QFile>
#include <QSaveFile>

namespace motcua::sign {

namespace {

const QByteArray kByteRangePlaceholder = "/ByteRange [0 ********** ********** **********]";

/// Room for the CMS: the certificates, signature and attributes, plus the time-stamp token when one is asked for.
int contentsReserve(SigningKey& key, bool timestamped)
{
    qsizetype certs = toDer(key.certificate(), i2d_X509).size();
    for (const X509Ptr& c : key.chain())
        certs += toDer(c.get(), i2d_X509).size();
    return static_cast<int>(certs + 2048 + (timestamped ? 8192 : 0));
}

QString uniqueFieldName(const QStringList& existing)
{
    for (int n = existing.size() + 1;; ++n) {
        const QString name = QStringLiteral("Signature%1").arg(n);
        if (!existing.contains(name))
            return name;
    }
}

} // namespace

QByteArray pdfDate(const QDateTime& t)
{
    const int offset = t.offsetFromUtc();
    const int mins = std::abs(offset) / 60;
    return "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + (offset < 0 ? '-' : '+') +
           QByteArray::number(mins / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(mins % 60).rightJustified(2, '0') + '\'';
}

QStringList PdfSigner::defaultAppearance(const QString& signer, const QDateTime& when, const QString& reason,
                                         const QString& location)
{
    QStringList lines{Tr::tr("Signed by: %1").arg(signer),
                      Tr::tr("Date: %1").arg(when.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss t")))};
    if (!reason.isEmpty())
        lines << Tr::tr("Reason: %1").arg(reason);
    if (!location.isEmpty())
        lines << Tr::tr("Location: %1").arg(location);
    return lines;
}

Result<QByteArray> PdfSigner::sign(const QByteArray& pdf, SigningKey& key, const SignRequest& request,
                                   const Timestamper& timestamper)
{
    const QDateTime when = request.signingTime.isValid() ? request.signingTime : QDateTime::currentDateTime();
    if (Status s = checkSigningCertificate(key.certificate(), QDateTime::currentDateTimeUtc()); !s)
        return s;
    DocumentEditor editor;
    if (Status s = editor.open(pdf); !s)
        return s;
    const qint64 prevXref = lastStartXref(pdf);
    if (prevXref < 0)
        return Status(Status::Code::InputRejected, Tr::tr("The PDF document is damaged and cannot be signed."),
                      QStringLiteral("no startxref"));
    const int pageIndex = request.visible ? request.visible->page - 1 : 0;
    if (pageIndex < 0 || pageIndex >= editor.pageCount())
        return Status(Status::Code::InputRejected,
                      Tr::tr("The document has no page %1 for the signature.").arg(pageIndex + 1));
    const QString signer = request.name.isEmpty() ? key.signerName() : request.name;
    const SignatureScheme scheme = request.scheme.value_or(key.defaultScheme());

    IncrementalUpdate update(editor.nextObjectNumber());
    const int sigObj = update.reserve();
    const int widgetObj = update.reserve();
    const int reserve = contentsReserve(key, bool(timestamper));

    QByteArray sigDict = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " +
                         kByteRangePlaceholder + " /Contents <" + QByteArray(reserve * 2, '0') + "> /M " +
                         pdfTextString(QString::fromLatin1(pdfDate(when)));
    if (!signer.isEmpty())
        sigDict += " /Name " + pdfTextString(signer);
    if (!request.reason.isEmpty())
        sigDict += " /Reason " + pdfTextString(request.reason);
    if (!request.location.isEmpty())
        sigDict += " /Location " + pdfTextString(request.location);
    if (!request.contactInfo.isEmpty())
        sigDict += " /ContactInfo " + pdfTextString(request.contactInfo);
    sigDict += " /Prop_Build << /App << /Name /Motcua >> >> >>";
    update.setObject(sigObj, sigDict);

    QRectF rect;
    QByteArray appearance;
    if (request.visible) {
        rect = request.visible->rect.normalized();
        if (rect.width() < 10 || rect.height() < 10)
            return Status(Status::Code::InputRejected, Tr::tr("The signature box is too small."));
        const QStringList lines = request.appearanceLines.isEmpty()
                                      ? defaultAppearance(signer, when, request.reason, request.location)
                                      : request.appearanceLines;
        Result<int> ap =
            SignatureAppearance::add(update, rect.width(), rect.height(), lines,
                                     request.fontPath.isEmpty() ? QStringLiteral(MOTCUA_SIGN_FONT) : request.fontPath);
        if (!ap)
            return ap.status();
        appearance = " /AP << /N " + QByteArray::number(*ap) + " 0 R >>";
    }
    const auto n = [](double v) { return QByteArray::number(v, 'f', 2); };
    update.setObject(widgetObj, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " +
                                    pdfTextString(uniqueFieldName(editor.fieldNames())) + " /V " +
                                    QByteArray::number(sigObj) + " 0 R /F 132 /P " + editor.pageReference(pageIndex) +
                                    " /Rect [" + n(rect.left()) + ' ' + n(rect.top()) + ' ' + n(rect.right()) + ' ' +
                                    n(rect.bottom()) + ']' + appearance + " >>");
    if (Status s = editor.addSignatureField(update, pageIndex, QByteArray::number(widgetObj) + " 0 R"); !s)
        return s;

    QByteArray out = update.write(pdf, prevXref, editor.trailerEntries());
    // Fill in the byte range: everything except the hex string of /Contents, brackets included in the hole.
    const qint64 sigAt = update.offsetOf(sigObj);
    const qsizetype brAt = out.indexOf(kByteRangePlaceholder, sigAt);
    const qsizetype contentsAt = out.indexOf("/Contents <", sigAt) + 10;
    const qsizetype contentsEnd = contentsAt + reserve * 2 + 2;
    QByteArray range = "/ByteRange [0 " + QByteArray::number(contentsAt) + ' ' + QByteArray::number(contentsEnd) + ' ' +
                       QByteArray::number(out.size() - contentsEnd) + ']';
    range = range.leftJustified(kByteRangePlaceholder.size(), ' ');
    out.replace(brAt, range.size(), range);

    QByteArray signedBytes = out.left(contentsAt);
    signedBytes.append(out.constData() + contentsEnd, out.size() - contentsEnd);
    Result<QByteArray> cms = CadesBuilder::build(key, sha256(signedBytes), scheme, timestamper);
    if (!cms)
        return cms.status();
    if (cms->size() > reserve)
        return Status::failed(Tr::tr("The signature is larger than the space kept for it."),
                              QStringLiteral("%1 > %2").arg(cms->size()).arg(reserve));
    const QByteArray hex = cms->toHex();
    out.replace(contentsAt + 1, hex.size(), hex);
    return out;
}

Status PdfSigner::signFile(const QString& in, const QString& out, SigningKey& key, const SignRequest& request,
                           const Timestamper& timestamper)
{
    QFile f(in);
    if (!f.open(QIODevice::ReadOnly))
        return Status(Status::Code::InputRejected, Tr::tr("Cannot open %1.").arg(in), f.errorString());
    Result<QByteArray> signedPdf = sign(f.readAll(), key, request, timestamper);
    if (!signedPdf)
        return signedPdf.status();
    // QSaveFile writes a temporary file beside the target and renames it only after a complete, flushed write.
    QSaveFile target(out);
    if (!target.open(QIODevice::WriteOnly) || target.write(*signedPdf) != signedPdf->size() || !target.commit())
        return Status::failed(Tr::tr("Cannot save the signed document to %1. Check the free disk space.").arg(out),
                              target.errorString());
    return Status::ok();
}

} // namespace motcua::sign
