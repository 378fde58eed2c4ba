#pragma once

#include "ResidenceStore.h"
#include "ResidenceTypes.h"

#include <QCoreApplication>

namespace motcua::residence {

/// Applies an approved case to the registry (persons, households, membership history, residence records).
/// Runs inside the caller's transaction; any failure is returned and the caller rolls everything back.
/// Collects the resident rows before/after for the population service (published after commit).
class RegistryUpdater
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::RegistryUpdater)

public:
    explicit RegistryUpdater(const ResidenceStore& store) : m_store(store) {}

    Status apply(qint64 caseId, const CaseIntake& intake, const QDate& on);
    /// Checks that do not change anything (already registered elsewhere, head leaving without a new head…):
    /// run at intake so bad cases are refused early, and again by apply().
    Status precheck(const CaseIntake& intake, const QDate& on) const;
    const QList<QPair<QVariantMap, QVariantMap>>& changes() const { return m_changes; }

private:
    Status permanentRegistration(qint64 caseId, const CaseIntake& intake, const QDate& on);
    Status permanentDeletion(qint64 caseId, const CaseIntake& intake, const QDate& on);
    Status householdSplit(qint64 caseId, const CaseIntake& intake, const QDate& on);
    Status correction(const CaseIntake& intake);
    Status temporaryRegistration(qint64 caseId, const CaseIntake& intake);
    Status temporaryExtension(const CaseIntake& intake, const QDate& on);
    Status temporaryDeletion(const CaseIntake& intake, const QDate& on);
    Status temporaryAbsence(qint64 caseId, const CaseIntake& intake);
    Status declaration(qint64 caseId, const CaseIntake& intake, const QDate& on);
    /// Remembers the resident row of a person before a change (once per person).
    void before(qint64 personId);
    void collectAfter();

    const ResidenceStore& m_store;
    QList<qint64> m_touched;
    QList<QVariantMap> m_before;
    QList<QPair<QVariantMap, QVariantMap>> m_changes;
};

} // namespace motcua::residence
