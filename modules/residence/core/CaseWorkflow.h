#pragma once

#include "ResidenceTypes.h"
#include "Status.h"

#include <QCoreApplication>

namespace motcua::residence {

/// The case state machine: one transition table; everything else asks it.
///   received → completion_requested | under_review
///   completion_requested → resubmitted
///   resubmitted → completion_requested | under_review
///   under_review → completion_requested | approved | refused
///   approved | refused → result_returned
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::CaseWorkflow)

public:
    static const QList<CaseState>& states();
    static bool allowed(CaseState from, CaseState to);
    static QList<CaseState> next(CaseState from);
    /// Ok, or InputRejected with a translated sentence naming both states.
    static Status check(CaseState from, CaseState to);
    /// Not yet decided: received, completion_requested, resubmitted, under_review.
    static bool isOpen(CaseState s);
    /// Counts against the deadline: open and not waiting for the citizen (completion_requested).
    static bool isRunning(CaseState s);
    static QString key(CaseState s); // "received", "completion_requested", …
    static std::optional<CaseState> fromKey(const QString& key);
    static QString displayName(CaseState s); // translated
};

} // namespace motcua::residence
