#pragma once

#include "ResidenceStore.h"
#include "ResidenceTypes.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Residence cases: intake (CT01 data, fee, number, deadline), the workflow transitions (each recorded in
/// case_events and audited), the case list and search. Approval applies the registry change in the same
/// transaction as the state change (RegistryUpdater); nothing is saved when either fails.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::CaseService)

public:
    explicit CaseService(const ResidenceStore& store) : m_store(store) {}

    /// Validates the intake (InputChecks), refuses a duplicate (same procedure and person with an open case),
    /// numbers the case ("2026-000042"), computes fee and deadline, stores it in state received. Needs
    /// residence.intake. Returns the new case.
    Result<CaseSummary> receive(const Session& session, const CaseIntake& intake) const;

    /// received/resubmitted/under_review → completion_requested with the CT05 text (required).
    Status requestCompletion(const Session& session, qint64 caseId, const QString& whatIsMissing) const;
    /// completion_requested → resubmitted; the deadline restarts from now. `changes` replaces the intake when set.
    Status resubmit(const Session& session, qint64 caseId, const std::optional<CaseIntake>& changes = {}) const;
    /// received/resubmitted → under_review.
    Status startReview(const Session& session, qint64 caseId, const QString& note = {}) const;
    /// under_review → approved; applies the registry change in the same transaction. Needs residence.decide.
    Status approve(const Session& session, qint64 caseId, const QString& note = {}) const;
    /// under_review → refused with the CT06 reasons (required). Needs residence.decide.
    Status refuse(const Session& session, qint64 caseId, const QString& reasons) const;
    /// approved/refused → result_returned.
    Status returnResult(const Session& session, qint64 caseId, const QString& note = {}) const;
    /// Generic move (checked against the workflow table; approval and refusal go through their own rules).
    Status transition(const Session& session, qint64 caseId, CaseState to, const QString& note) const;
    /// Hands the case to another officer (residence.intake).
    Status assign(const Session& session, qint64 caseId, const QString& officer) const;

    Result<CaseRecord> caseRecord(const Session& session, qint64 caseId) const;
    Result<QList<CaseEvent>> events(const Session& session, qint64 caseId) const;
    /// The filtered case list, soonest due first.
    Result<QList<CaseSummary>> find(const Session& session, const CaseFilter& filter) const;
    Result<qint64> idOfNumber(const Session& session, const QString& number) const;

private:
    Status move(const Session& session, qint64 caseId, CaseState to, const QString& note,
                const std::function<Status(const CaseRecord&)>& sideEffect) const;
    const ResidenceStore& m_store;
};

} // namespace motcua::residence
