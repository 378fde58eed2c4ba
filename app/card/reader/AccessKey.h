#pragma once

#include <QString>

namespace motcua::card {

/// What the operator gives to open the chip: the CAN (six digits; on a CCCD the last six of the ID number) and/or the
/// MRZ key (document number = last nine digits of the ID, dates of birth and expiry as YYMMDD).
struct AccessKey
{
    QString can;
    QString documentNumber;
    QString dateOfBirth;  ///< YYMMDD
    QString dateOfExpiry; ///< YYMMDD ("991231" when the card has none)

    bool hasCan() const { return !can.isEmpty(); }
    bool hasMrz() const { return !documentNumber.isEmpty() && dateOfBirth.size() == 6 && dateOfExpiry.size() == 6; }
    bool isEmpty() const { return !hasCan() && !hasMrz(); }
};

} // namespace motcua::card
