#pragma once

#include "Status.h"

#include <QDate>
#include <QString>

namespace motcua::card {

/// Validates a 12-digit citizen ID number typed by an operator: digits 1–3 a province code,
/// digit 4 the century/sex code (0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 1800s; even
/// male, odd female), digits 5–6 the last two digits of the birth year.
class IdNumberValidator
{
public:
    /// Format and province only.
    static Status validate(const QString& idNumber);
    /// Also checks consistency with the date of birth and sex ("M"/"F") when they are given.
    static Status validate(const QString& idNumber, const QDate& dateOfBirth, const QString& sex);

    static bool isKnownProvinceCode(const QString& code);
    /// The birth century (1800, 1900, …) encoded by digit 4, or 0 when the number is malformed.
    static int century(const QString& idNumber);
    /// "M" or "F" from digit 4, empty when malformed.
    static QString sex(const QString& idNumber);
    /// The CAN of a CCCD: the last six digits of the ID number.
    static QString canFromIdNumber(const QString& idNumber);
};

} // namespace motcua::card
