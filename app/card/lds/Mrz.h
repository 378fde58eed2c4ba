#pragma once

#include "Status.h"

#include <QDate>
#include <QString>

namespace motcua::card {

/// The machine-readable zone of a TD1 document (three lines of 30 characters), every check digit
/// verified. For the Vietnamese CCCD the document number is the last nine digits of the ID number
/// and the full 12-digit ID is in the optional data.
struct Mrz
{
    QString documentCode;   ///< "ID", "I<", …
    QString issuingState;   ///< "VNM"
    QString documentNumber; ///< without filler
    QString dateOfBirth;    ///< YYMMDD as printed
    QString dateOfExpiry;   ///< YYMMDD as printed
    QString sex;            ///< "M", "F" or "<"
    QString nationality;
    QString name;          ///< primary and secondary identifiers joined by spaces ("NGUYEN VAN A")
    QString optionalData;  ///< line 1 optional data, trailing filler removed
    QString optionalData2; ///< line 2 optional data, trailing filler removed
    QString raw;           ///< the 90 characters

    /// The 12-digit ID number of a CCCD (optional data), or empty when it is not there or does
    /// not end with the document number.
    QString cccdIdNumber() const;
    /// Dates with the century resolved: birth dates not after `today`, expiry dates in 2000–2099.
    QDate birthDate(const QDate& today = QDate::currentDate()) const;
    QDate expiryDate() const;

    /// Parses 90 characters (line breaks allowed and ignored) and verifies the document number,
    /// birth date, expiry date and composite check digits.
    static Result<Mrz> parseTd1(const QString& text);
    /// ICAO 9303-3 7-3-1 check digit; -1 when a character is not allowed in an MRZ.
    static int checkDigit(const QString& field);
};

} // namespace motcua::card
