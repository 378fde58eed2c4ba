#pragma once

#include "Session.h"
#include "Status.h"

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {
class AuditLog;
class Clock;
class Database;
} // namespace motcua

namespace motcua::certification {

/// One line of the certification register (sổ chứng thực).
struct RegisterEntry
{
    qint64 id = 0;
    int year = 0;
    QString book;   ///< register book number, e.g. "01"
    int number = 0; ///< running number, from 1 each year and book
    QString typeCode = QStringLiteral("SCTĐT/BS");
    QString certificationNumber; ///< "15/01/2026-SCTĐT/BS": number / book / year - type
    QDate date;
    QString requesterName;
    QString requesterIdNumber;
    QString documentName;
    QString issuingBody;
    int pages = 0;
    int copies = 1;
    qint64 fee = 0;
    QString officer;
    QString status = QStringLiteral("certified"); ///< certified | cancelled
    QString cancelReason;
    QString fileRef;
    QString documentHash; ///< SHA-256 (hex) of the certified copy before signing, also in the QR code
};

/// The electronic register: consecutive numbering per year and book, search, cancellation that keeps the row,
/// year-end closing. Every call checks the operator's permission and is audited.
class CertificationRegister
{
public:
    CertificationRegister(Database& db, AuditLog& audit, const Clock& clock) : m_db(db), m_audit(audit), m_clock(clock)
    {}

    /// Reserves the next number of (year of `entry.date`, `entry.book`) and stores the entry in one transaction.
    Result<RegisterEntry> enter(const Session& session, RegisterEntry entry);
    /// Records the file reference and document hash of an entry once its PDF exists.
    Status attachFile(const Session& session, const QString& certificationNumber, const QString& fileRef);
    /// Marks an entry cancelled with its reason; the row stays.
    Status cancel(const Session& session, const QString& certificationNumber, const QString& reason);
    /// Closes a year's book with its count of entries; no entry can be added afterwards.
    Result<int> closeYear(const Session& session, int year, const QString& book);
    bool isClosed(int year, const QString& book) const;
    /// The count recorded when the book was closed, or -1 while it is open.
    int closedCount(int year, const QString& book) const;
    /// The books of a year: "01" always, those the administrator opened, and any that hold entries; sorted.
    QStringList books(int year) const;
    /// Opens another book for a year (administrator); its number is two digits, e.g. "02".
    Result<QString> createBook(const Session& session, int year, const QString& book);

    /// One entry; audited as "certification.register.view" (the certification number, no personal data).
    Result<RegisterEntry> find(const Session& session, const QString& certificationNumber) const;
    /// Entries of a year whose requester, document or number contains `text` (diacritics and case ignored).
    /// `book` empty: every book of the year. Each call is one "certification.register.search" audit event (year,
    /// book, entry count, whether a text was given — not the text): call it once per search the operator submits.
    Result<QList<RegisterEntry>> search(const Session& session, int year, const QString& text = {},
                                        const QString& book = {}) const;

    static QString formatNumber(int number, const QString& book, int year, const QString& typeCode);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

/// Folds Vietnamese for search: no diacritics, đ → d, lower case.
QString foldForSearch(const QString& text);

} // namespace motcua::certification
