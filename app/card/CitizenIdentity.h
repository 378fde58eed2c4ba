#pragma once

#include "lds/Mrz.h"
#include "lds/Portrait.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace motcua::card {

/// The holder's personal data (DG13 on the chip, or the printed QR code, or typed by the operator).
struct HolderData
{
    QString idNumber; ///< 12 digits
    QString fullName;
    QDate dateOfBirth;
    QString sex; ///< "M", "F" or empty when unknown
    QString nationality;
    QString ethnicity;
    QString religion;
    QString placeOfOrigin;
    QString placeOfResidence;
    QString identifyingMarks;
    QDate issueDate;
    std::optional<QDate> expiryDate; ///< nullopt: the card has no expiry ("Không thời hạn")
    QString fatherName;
    QString motherName;
    QString spouseName;
    QString oldIdNumber;
};

enum class AccessProtocol
{
    None,
    Pace,
    Bac
};
enum class PassiveAuthenticationStatus
{
    NotChecked,
    Valid,
    Invalid,
    UntrustedSigner
};
enum class DataGroupVerdict
{
    Valid,
    Invalid
};
/// Verdict of active or chip authentication.
enum class ChipCheckVerdict
{
    NotSupported,
    Valid,
    Invalid
};

struct SecurityVerdicts
{
    AccessProtocol access = AccessProtocol::None;
    PassiveAuthenticationStatus passiveAuthentication = PassiveAuthenticationStatus::NotChecked;
    QString documentSignerDn;
    QMap<int, DataGroupVerdict> dataGroups; ///< data group number → verdict
    ChipCheckVerdict activeAuthentication = ChipCheckVerdict::NotSupported;
    ChipCheckVerdict chipAuthentication = ChipCheckVerdict::NotSupported;
};

struct ReadStatistics
{
    int apdus = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 milliseconds = 0;
};

/// Everything known about one citizen identity read at the desk, with where it came from and
/// how far it was verified. A value type; the card service stores nothing.
struct CitizenIdentity
{
    enum class Source
    {
        Chip,
        QrCode,
        Manual
    };

    HolderData holder;
    Mrz mrz;
    Portrait portrait;
    SecurityVerdicts security;
    ReadStatistics stats;
    Source source = Source::Chip;

    /// Read from the chip, passive authentication VALID with every data group VALID, and neither
    /// active nor chip authentication INVALID.
    bool chipVerified() const;
    /// Exactly the JSON document of `motcua-cli card read --json` (spec/cli.md).
    QJsonObject toJson() const;

    static QString toString(PassiveAuthenticationStatus status); ///< "VALID", "UNTRUSTED_SIGNER", …
    static QString toString(ChipCheckVerdict verdict);           ///< "VALID", "INVALID", "NOT_SUPPORTED"
    static QString toString(AccessProtocol access);              ///< "PACE", "BAC", "" for None
};

} // namespace motcua::card
