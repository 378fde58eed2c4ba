#pragma once

#include "CertificationRegister.h"
#include "CertifiedCopyBuilder.h"
#include "PdfSigner.h"
#include "RefusalGround.h"

#include <functional>

namespace motcua::certification {

/// A certification request as the officer fills it in.
struct CertificationRequest
{
    RegisterEntry entry; ///< requester, document, issuing body, copies, book
    QList<PageItem> pages;
    QString officerTitle;
    QString agency;
    QString templateText; ///< empty: the default attestation wording
};

/// The two keys that sign a certified copy (officer first, then agency) and an optional time-stamp authority.
struct Signers
{
    sign::SigningKey* officer = nullptr;
    sign::SigningKey* agency = nullptr;
    sign::Timestamper timestamper;
};

/// The steps of a certification, reported before each one starts (progress) — the hook may cancel between steps.
enum class CertifyStep
{
    Attestation,      ///< number taken, copy assembled with its attestation page
    OfficerSignature, ///< the officer's PAdES signature
    AgencySignature,  ///< the agency's PAdES signature
    TimeStamp,        ///< a time-stamp asked from the TSA (B-T), once per signature
    Saving,           ///< the signed file written atomically and the register entry stored
};
/// Called before each step (on the thread that runs certify()); returning false cancels: nothing is kept and the
/// register number is not used.
using CertifyHook = std::function<bool(CertifyStep)>;

struct CertificationResult
{
    RegisterEntry entry;
    QString filePath;
    qint64 bytes = 0;
};

/// The certification flow in the library layer: permission, register number, attestation, two PAdES signatures,
/// atomic save, register entry and audit — all or nothing (a failed signature leaves no gap in the numbering).
class CertificationService
{
public:
    CertificationService(Database& db, AuditLog& audit, const Clock& clock)
        : m_db(db), m_audit(audit), m_clock(clock), m_register(db, audit, clock)
    {}

    Result<CertificationResult> certify(const Session& session, CertificationRequest request, const Signers& signers,
                                        const QString& outputDir, const CertifyHook& hook = {});
    /// The message of a certification the hook cancelled.
    static QString cancelledMessage();
    /// Records a refusal with its ground; returns the refusal note's lines for printing.
    Result<QStringList> refuse(const Session& session, const QString& requesterName, const QString& documentName,
                               RefusalGround ground, const QString& note);

    CertificationRegister& registry() { return m_register; }

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    CertificationRegister m_register;
};

} // namespace motcua::certification
