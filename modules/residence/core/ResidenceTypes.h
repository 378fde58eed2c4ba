#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace motcua::residence {

/// The residence procedures handled at the commune police desk (codes of the national procedure catalogue).
enum class Procedure
{
    PermanentRegistration, // 1.004222
    PermanentDeletion,     // 1.003197
    HouseholdSplit,        // 1.010038
    Correction,            // 1.010039
    TemporaryRegistration, // 1.004194
    TemporaryExtension,    // 1.002755
    TemporaryDeletion,     // 1.010028
    TemporaryAbsence,      // 1.003677
    Confirmation,          // CT07
    Declaration,           // 1.010040
};

/// Workflow states of a case; the allowed moves are the single table in CaseWorkflow.
enum class CaseState
{
    Received,
    CompletionRequested, // CT05 sent
    Resubmitted,
    UnderReview,
    Approved,
    Refused, // CT06 with reasons
    ResultReturned,
};

enum class Channel
{
    InPerson,
    Online,
};

/// How the household head / owner of the home consented (CT01 signature block or VNeID).
enum class ConsentKind
{
    None,
    Paper,
    VNeID,
};

/// Kinds of residence records in the registry.
enum class RecordKind
{
    Permanent,
    Temporary,
    Absence,  // temporary absence (CT03)
    Declared, // declaration for people eligible for neither registration
};

/// One person's identity and contact data as typed or read from the chip card (CT01 items 1–6).
struct PersonData
{
    QString idNumber; // 12 digits
    QString fullName; // NFC
    QDate dateOfBirth;
    QString sex; // "M" / "F"
    QString ethnicity;
    QString religion; // "Không" when none
    QString phone;    // sealed in the vault
    QString email;    // sealed in the vault
    QDate cardIssued;
    QDate birthRegisteredOn; // newborns: date of the birth registration (60-day rule); invalid otherwise
};

/// A place: province and commune codes of AdminUnits plus street and house number.
struct Address
{
    qint64 id = 0;
    QString provinceCode; // 2 digits
    QString communeCode;  // 5 digits
    QString street;
    QString houseNumber;
    /// "12 Phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội" (names from AdminUnits).
    QString display() const;
};

/// A person of the registry (without the sealed contact fields; PersonRegistry::details() opens those).
struct Person
{
    qint64 id = 0;
    PersonData data;
};

/// Search result line for persons.
struct PersonSummary
{
    qint64 id = 0;
    QString idNumber;
    QString fullName;
    QDate dateOfBirth;
    QString sex;
    qint64 householdId = 0; // current household, 0 when none
    QString address;        // current permanent (else temporary) address, display form
};

struct HouseholdMember
{
    qint64 personId = 0;
    QString fullName;
    QString idNumber;
    QString relationship; // to the head; "Chủ hộ" for the head
    QDate from;
    QDate to; // invalid while current
};

struct Household
{
    qint64 id = 0;
    QString number; // household identifier shown to users and given to statistics ("HK-000123")
    qint64 headPersonId = 0;
    Address address;
    QDate createdOn;
    QDate dissolvedOn;              // invalid while the household exists
    QList<HouseholdMember> members; // current members (history: HouseholdRegistry::history)
};

struct ResidenceRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    RecordKind kind = RecordKind::Permanent;
    Address address;
    qint64 householdId = 0;
    QDate from;
    QDate to;       // end of the period (temporary, absence); invalid for open-ended
    QDate closedOn; // invalid while active
    QString closeReason;
    qint64 caseId = 0;
    QString destination; // temporary absence
};

/// A temporary residence ending soon (listed for the officers).
struct ExpiringTemporary
{
    qint64 recordId = 0;
    qint64 personId = 0;
    QString fullName;
    QString idNumber;
    QDate to;
    int daysLeft = 0;
    QString address;
};

/// Consent of the household head or of the owner of the home.
struct Consent
{
    ConsentKind kind = ConsentKind::None;
    QString name;
    QString idNumber;
    QString vneidReference; // for ConsentKind::VNeID
};

/// A household member moving together with the declarant (CT01 item 11).
struct MovingMember
{
    PersonData person;
    QString relationship; // to the household head
};

/// Everything taken at intake: the CT01 data plus what each procedure needs.
struct CaseIntake
{
    Procedure procedure = Procedure::PermanentRegistration;
    Channel channel = Channel::InPerson;
    PersonData declarant;        // CT01 1–6; the subject of the procedure
    QString headName;            // CT01 7
    QString relationshipToHead;  // CT01 8
    QString headIdNumber;        // CT01 9
    QString requestContent;      // CT01 10
    QList<MovingMember> members; // CT01 11
    Consent headConsent;
    Consent ownerConsent;
    Address address;         // place of (permanent/temporary/declared) residence
    qint64 householdId = 0;  // household to join (permanent), or to split from (split); 0 = new household
    QString newHeadIdNumber; // deletion/split: who heads the remaining household when the head leaves
    QDate periodFrom;        // temporary residence / absence
    QDate periodTo;          //
    QString destination;     // temporary absence
    QString reason;          // absence reason; details of a deletion
    QString deletionGround;  // deletions: key of DeletionGrounds (the legal ground, required)
    bool byList = false;     // temporary registration of a group by list (fee per person)
    bool inDatabase = true;  // confirmation / declaration: data already in the national database
    QVariantMap corrections; // correction: keys full_name, date_of_birth (yyyy-MM-dd), sex, ethnicity, religion
    QString assignedTo;      // officer username; empty = the operator taking the case
};

/// One row of the case list.
struct CaseSummary
{
    qint64 id = 0;
    QString number; // "2026-000042"
    Procedure procedure = Procedure::PermanentRegistration;
    Channel channel = Channel::InPerson;
    CaseState state = CaseState::Received;
    QString declarantName;
    QString declarantIdNumber;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString assignedTo;
    int feeVnd = 0;
    bool overdue = false; // open and past dueAt at the time of the query
    QStringList warnings; // receive() only: rules that did not stop the intake (ResidenceRules::intakeWarnings)
};

/// A full case: summary, intake data (opened from the vault), texts of CT05/CT06.
struct CaseRecord
{
    CaseSummary summary;
    CaseIntake intake;
    QString completionRequest; // CT05 text
    QString refusalReasons;    // CT06 text
    QDateTime decidedAt;
    QDateTime returnedAt;
};

struct CaseEvent
{
    qint64 id = 0;
    CaseState from = CaseState::Received;
    CaseState to = CaseState::Received;
    QString operatorName;
    QDateTime at;
    QString note;
};

/// Criteria of the filtered case list; empty fields do not filter.
struct CaseFilter
{
    QString number; // exact, or prefix when it ends with '*'
    QList<CaseState> states;
    std::optional<Procedure> procedure;
    QString assignedTo;
    QString declarantIdNumber;
    bool overdueOnly = false; // open (not decided) and dueAt < now
    QDate dueOn;              // due on that day
    int limit = 200;
    int offset = 0;
};

enum class LodgingKind
{
    Household,
    Hotel,
    Guesthouse,
    Dormitory,
    Hospital,
    Other,
};

struct Lodging
{
    qint64 id = 0;
    QString name;
    LodgingKind kind = LodgingKind::Household;
    Address address;
    QString keeperName;
    QString phone;
    bool remoteArea = false; // foreign guests: 24 h instead of 12 h
};

/// One guest notice (thông báo lưu trú).
struct GuestNotice
{
    qint64 id = 0;
    qint64 lodgingId = 0;
    QString guestName;
    QString documentNumber; // ID number (12 digits) or passport number
    bool passport = false;
    QString nationality = QStringLiteral("VNM"); // ISO 3166-1 alpha-3
    QDateTime arrivalAt;
    QDate leaveOn; // end of stay; at most 30 days after arrival
    QString reason;
    QDateTime notifiedAt; // invalid: no notice received (found at inspection)
    bool foreign() const { return nationality != QLatin1String("VNM"); }
};

/// A notice that came late or not at all.
struct NoticeProblem
{
    GuestNotice notice;
    QString lodgingName;
    QDateTime deadline;
    bool missing = false; // no notice at all
};

} // namespace motcua::residence
