#include "CertificationService.h"

#include "AuditLog.h"
#include "CertificationTr.h"
#include "Clock.h"
#include "Database.h"
#include "DocumentFonts.h"
#include "Fee.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua::certification {

Result<CertificationResult> CertificationService::certify(const Session& session, CertificationRequest request,
                                                          const Signers& signers, const QString& outputDir,
                                                          const CertifyHook& hook)
{
    const auto proceed = [&hook](CertifyStep step) { return !hook || hook(step); };
    const Status cancelled(Status::Code::Failed, cancelledMessage());
    if (Status s = session.require(kPermCertify); !s)
        return s;
    if (!signers.officer || !signers.agency)
        return Status(Status::Code::InputRejected, Tr::tr("Both the officer's and the agency's keys are needed."));
    if (request.pages.isEmpty())
        return Status(Status::Code::InputRejected, Tr::tr("Import the original's pages first."));
    RegisterEntry& e = request.entry;
    e.pages = static_cast<int>(request.pages.size());
    e.copies = std::max(1, e.copies);
    e.fee = Fee::total(e.pages, e.copies);
    e.date = m_clock.today();

    // One transaction: the number is taken, the copy built and signed, the file saved and the entry stored — or
    // nothing is, so a failed signature leaves no gap in the register.
    if (!proceed(CertifyStep::Attestation))
        return cancelled;
    Database::Transaction tx(m_db);
    Result<RegisterEntry> entered = m_register.enter(session, e);
    if (!entered)
        return entered.status();
    AttestationFields fields;
    fields.certificationNumber = entered->certificationNumber;
    fields.number = entered->number;
    fields.book = QStringLiteral("%1/%2-%3").arg(entered->book).arg(entered->year).arg(entered->typeCode);
    fields.date = entered->date;
    fields.officerName = entered->officer;
    fields.officerTitle = request.officerTitle;
    fields.agency = request.agency;
    fields.documentName = entered->documentName;
    fields.copies = entered->copies;
    const QString text = request.templateText.isEmpty() ? AttestationTemplate::defaultText() : request.templateText;
    Result<CertifiedCopy> copy = CertifiedCopyBuilder::build(request.pages, text, fields);
    if (!copy)
        return copy.status();

    sign::SignRequest officer;
    officer.signingTime = m_clock.now();
    officer.reason = QStringLiteral("Chứng thực bản sao đúng với bản chính");
    officer.location = request.agency;
    officer.name = entered->officer;
    officer.visible = sign::VisibleSignature{copy->attestationPage, copy->officerBox};
    // The certified copy is an official Vietnamese document: its signature boxes speak Vietnamese whatever the
    // operator's interface language.
    const auto boxLines = [&](const QString& signer) {
        return QStringList{
            QStringLiteral("Ký bởi: %1").arg(signer),
            QStringLiteral("Ngày ký: %1").arg(officer.signingTime.toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
            QStringLiteral("Lý do: %1").arg(officer.reason)};
    };
    officer.appearanceLines = boxLines(entered->officer);
    officer.fontPath = documents::DocumentFonts::serifFontFile(); // the bundled face, as on the attestation page
    sign::Timestamper timestamper;
    bool timestampCancelled = false;
    if (signers.timestamper)
        timestamper = [&](const QByteArray& value) -> Result<QByteArray> {
            if (!proceed(CertifyStep::TimeStamp)) {
                timestampCancelled = true;
                return cancelled;
            }
            return signers.timestamper(value);
        };
    if (!proceed(CertifyStep::OfficerSignature))
        return cancelled;
    Result<QByteArray> once = sign::PdfSigner::sign(copy->pdf, *signers.officer, officer, timestamper);
    if (timestampCancelled)
        return cancelled;
    if (!once)
        return once.status();
    sign::SignRequest agency = officer;
    agency.name = request.agency.isEmpty() ? signers.agency->signerName() : request.agency;
    agency.visible = sign::VisibleSignature{copy->attestationPage, copy->agencyBox};
    agency.appearanceLines = boxLines(agency.name);
    if (!proceed(CertifyStep::AgencySignature))
        return cancelled;
    Result<QByteArray> twice = sign::PdfSigner::sign(*once, *signers.agency, agency, timestamper);
    if (timestampCancelled)
        return cancelled;
    if (!twice)
        return twice.status();
    if (!proceed(CertifyStep::Saving))
        return cancelled;

    QDir().mkpath(outputDir);
    QString fileName = entered->certificationNumber;
    fileName.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = QDir(outputDir).filePath(fileName + QStringLiteral(".pdf"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*twice) != twice->size() || !file.commit())
        return Status::failed(Tr::tr("Cannot save the certified copy. Check the free disk space."), file.errorString());

    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE cert_register SET file_ref = ? WHERE id = ?"));
    q.addBindValue(path);
    q.addBindValue(entered->id);
    if (!q.exec())
        return Status::failed(Tr::tr("The certification register could not be updated."), q.lastError().text());
    q.prepare(QStringLiteral("UPDATE cert_register SET document_hash = ? WHERE id = ? AND document_hash IS NULL"));
    q.addBindValue(QString::fromLatin1(copy->documentHash));
    q.addBindValue(entered->id);
    if (!q.exec())
        return Status::failed(Tr::tr("The certification register could not be updated."), q.lastError().text());
    for (const char* role : {"officer", "agency"})
        if (Status s = m_audit.append(session.username(),
                                      {QStringLiteral("certification.sign"), QStringLiteral("certification"),
                                       entered->certificationNumber,
                                       QJsonObject{{QStringLiteral("signer"), QString::fromLatin1(role)}}});
            !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    CertificationResult result;
    result.entry = *entered;
    result.entry.fileRef = path;
    result.entry.documentHash = QString::fromLatin1(copy->documentHash);
    result.filePath = path;
    result.bytes = twice->size();
    return result;
}

QString CertificationService::cancelledMessage()
{
    return Tr::tr("Signing was cancelled: nothing was entered in the register.");
}

Result<QStringList> CertificationService::refuse(const Session& session, const QString& requesterName,
                                                 const QString& documentName, RefusalGround ground, const QString& note)
{
    if (Status s = session.require(kPermCertify); !s)
        return s;
    Database::Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO cert_refusals (refused_at, requester_name, document_name, ground, note,"
                             " officer) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(m_clock.now().toString(Qt::ISODate)), QVariant(requesterName), QVariant(documentName),
          QVariant(int(ground)), QVariant(note), QVariant(session.displayName())})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failed(Tr::tr("The refusal could not be recorded."), q.lastError().text());
    const QString id = q.lastInsertId().toString();
    if (Status s =
            m_audit.append(session.username(), {QStringLiteral("certification.refuse"), QStringLiteral("refusal"), id,
                                                QJsonObject{{QStringLiteral("ground"), int(ground)}}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return QStringList{QStringLiteral("PHIẾU TỪ CHỐI CHỨNG THỰC"),
                       QStringLiteral("Người yêu cầu: %1").arg(requesterName),
                       QStringLiteral("Giấy tờ: %1").arg(documentName),
                       QStringLiteral("Lý do (Điều 22 Nghị định 23/2015/NĐ-CP, khoản %1): %2")
                           .arg(int(ground))
                           .arg(refusalGroundText(ground)),
                       note,
                       QStringLiteral("Ngày %1").arg(m_clock.today().toString(QStringLiteral("dd/MM/yyyy")))};
}

} // namespace motcua::certification
