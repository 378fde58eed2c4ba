#pragma once

#include "ResidenceTypes.h"
#include "Status.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Time rules of the Law on Residence checked at intake:
/// - a newborn's permanent residence is registered within 60 days of the birth registration (procedure 1.004222,
///   Decree 154/2024/NĐ-CP); a later file is still received, with a warning on the case that the delay may be
///   penalised (Decree 282/2025/NĐ-CP) — the officer decides, the workstation does not fine;
/// - temporary residence is for living 30 days or more at a place outside the commune of permanent residence
///   (Law 68/2020, art. 27(1)); a shorter stay is an accommodation notice (lưu trú, under 30 days).
class ResidenceRules
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::ResidenceRules)

public:
    static constexpr int kNewbornDays = 60;
    static constexpr int kTemporaryMinDays = 30;

    /// Days from the birth registration to `today` (day of registration = 0); -1 when no date was given.
    static int daysSinceBirthRegistration(const PersonData& person, const QDate& today);
    /// The birth registration date, when given, lies between the date of birth and `today`.
    static Status birthRegistration(const PersonData& person, const QDate& today, const QString& who);
    /// Warnings that do not stop the intake (a newborn registered after day 60), one translated sentence each.
    static QStringList intakeWarnings(const CaseIntake& intake, const QDate& today);
    /// Length of a temporary stay counted like a legal period (the first day not counted): to − from ≥ 30 days.
    static Status temporaryStay(const QDate& from, const QDate& to);
};

} // namespace motcua::residence
