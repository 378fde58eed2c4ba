#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua::visitors {

/// How far the identity behind a check-in was verified.
enum class Verification
{
    Chip,            // read from the chip and chip-verified
    NotChipVerified, // printed QR code or typed by the operator
    Failed,          // read from the chip but verification failed: needs an override with a reason
    UntrustedSigner  // chip data intact (hashes and signature), but the issuer is not in the trust store
};

/// How a visit ended.
enum class CheckoutMethod
{
    None,
    Badge,
    Card,
    List,
    Automatic
};

QString toDbString(Verification v);
Verification verificationFromDb(const QString& s);
QString toDbString(CheckoutMethod m);
CheckoutMethod checkoutMethodFromDb(const QString& s);

/// The person as the desk knows them; the ID number itself only in sealed or hashed form on disk.
struct VisitorIdentity
{
    QString idNumber; // 12 digits, in memory only
    QString fullName;
    QDate dateOfBirth;
    QString sex; // "M", "F" or empty
    QString residence;
    QByteArray portrait; // encoded image (JPEG/PNG), may be empty
    QDate cardExpiry;    // invalid: unknown or no expiry
};

/// What the operator submits at the check-in screen.
struct CheckInRequest
{
    VisitorIdentity identity;
    Verification verification = Verification::NotChipVerified;
    qint64 hostId = 0;
    QString purpose;
    int expectedMinutes = 60;
    bool consentGiven = false;
    QString overrideReason;         // needed when verification failed or the watchlist blocks
    bool overrideWatchlist = false; // supervisor proceeds despite an exact watchlist match
    qint64 invitationId = 0;        // the invitation this check-in honours
    QString desk;                   // workstation name
};

/// A watchlist entry that matched a visitor.
struct WatchlistHit
{
    qint64 entryId = 0;
    bool exact = false; // same ID number (blocks); otherwise same name and date of birth (flag)
    QString reason;
    QString level;
};

struct CheckInResult
{
    qint64 visitId = 0;
    qint64 profileId = 0;
    QString badgeNumber;
    bool alreadyInside = false; // another desk (or an earlier tap) already checked this person in
    QList<WatchlistHit> watchlist;
};

/// One row of the inside-now list and of history results.
struct VisitRow
{
    qint64 visitId = 0;
    qint64 profileId = 0;
    QString badgeNumber;
    QString fullName;
    QString idMasked;
    QString hostName;
    QString department;
    QString purpose;
    int expectedMinutes = 0;
    QDateTime checkedInAt;
    QDateTime checkedOutAt;
    CheckoutMethod checkoutMethod = CheckoutMethod::None;
    Verification verification = Verification::NotChipVerified;
    int badgePrints = 0;
    bool flagged = false;
};

struct Host
{
    qint64 id = 0;
    QString name;
    QString department;
    QString phone;
    bool active = true;
};

struct Invitation
{
    qint64 id = 0;
    QString idMasked;
    QString guestName;
    qint64 hostId = 0;
    QString hostName;
    QString purpose;
    QDateTime validFrom;
    QDateTime validUntil;
    qint64 usedVisitId = 0;
};

struct WatchlistEntry
{
    qint64 id = 0;
    QString idMasked; // empty when the entry has only name and date of birth
    QString fullName;
    QDate dateOfBirth;
    QString reason;
    QString level; // "high", "medium", "low"
    QDateTime createdAt;
};

/// One line of the duty logbook: an event of the desk or an operator remark.
struct LogbookEntry
{
    qint64 id = 0;
    QDateTime at;
    int shift = 1; // 1: 06–14, 2: 14–22, 3: 22–06
    QString kind;  // checkin, checkout, auto_checkout, watchlist_block, watchlist_override, override, remark
    QString operatorName;
    QString visitorName; // from the visit, empty for remarks
    QString badgeNumber;
    QString hostName;
    QString remark;
};

} // namespace motcua::visitors
