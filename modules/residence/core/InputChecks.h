#pragma once

#include "ResidenceTypes.h"
#include "Status.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Validation of intake data, each failure an InputRejected status with one clear translated sentence.
class InputChecks
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::InputChecks)

public:
    /// 12 digits, known province code, century/sex digit consistent with date of birth and sex
    /// (app/card IdNumberValidator); `who` names the person in the message ("declarant", "member 2").
    static Status idNumber(const QString& idNumber, const QDate& dateOfBirth, const QString& sex, const QString& who);
    /// Name present, birth date real and not after `today`, sex M/F, ID number valid.
    static Status person(const PersonData& person, const QDate& today, const QString& who);
    /// Known province and commune of that province; street or house number present.
    static Status address(const Address& address);
    /// from ≤ to, and the period not longer than `maxDays` (0: no limit).
    static Status period(const QDate& from, const QDate& to, int maxDays);
    /// Correction: known fields only, and the corrected person still valid.
    static Status corrections(const CaseIntake& intake, const QDate& today);
    /// Deletions: a ground of the code list (DeletionGrounds) for that procedure; other procedures pass.
    static Status deletionGround(const CaseIntake& intake);
    /// Everything the procedure needs at intake (date checks against `today`).
    static Status intake(const CaseIntake& intake, const QDate& today);
};

} // namespace motcua::residence
