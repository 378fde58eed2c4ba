#include "CaseWorkflow.h"

#include <QMap>

namespace motcua::residence {

namespace {
// The one transition table of the case workflow.
const QMap<CaseState, QList<CaseState>>& table()
{
    static const QMap<CaseState, QList<CaseState>> t = {
        {CaseState::Received, {CaseState::CompletionRequested, CaseState::UnderReview}},
        {CaseState::CompletionRequested, {CaseState::Resubmitted}},
        {CaseState::Resubmitted, {CaseState::CompletionRequested, CaseState::UnderReview}},
        {CaseState::UnderReview, {CaseState::CompletionRequested, CaseState::Approved, CaseState::Refused}},
        {CaseState::Approved, {CaseState::ResultReturned}},
        {CaseState::Refused, {CaseState::ResultReturned}},
        {CaseState::ResultReturned, {}},
    };
    return t;
}
} // namespace

const QList<CaseState>& CaseWorkflow::states()
{
    static const QList<CaseState> s = {CaseState::Received,      CaseState::CompletionRequested,
                                       CaseState::Resubmitted,   CaseState::UnderReview,
                                       CaseState::Approved,      CaseState::Refused,
                                       CaseState::ResultReturned};
    return s;
}

bool CaseWorkflow::allowed(CaseState from, CaseState to)
{
    return table().value(from).contains(to);
}

QList<CaseState> CaseWorkflow::next(CaseState from)
{
    return table().value(from);
}

Status CaseWorkflow::check(CaseState from, CaseState to)
{
    if (allowed(from, to))
        return Status::ok();
    return {Status::Code::InputRejected,
            tr("A case in state \"%1\" cannot move to \"%2\".").arg(displayName(from), displayName(to))};
}

bool CaseWorkflow::isOpen(CaseState s)
{
    return s == CaseState::Received || s == CaseState::CompletionRequested || s == CaseState::Resubmitted ||
           s == CaseState::UnderReview;
}

bool CaseWorkflow::isRunning(CaseState s)
{
    return isOpen(s) && s != CaseState::CompletionRequested;
}

QString CaseWorkflow::key(CaseState s)
{
    switch (s) {
    case CaseState::Received:
        return QStringLiteral("received");
    case CaseState::CompletionRequested:
        return QStringLiteral("completion_requested");
    case CaseState::Resubmitted:
        return QStringLiteral("resubmitted");
    case CaseState::UnderReview:
        return QStringLiteral("under_review");
    case CaseState::Approved:
        return QStringLiteral("approved");
    case CaseState::Refused:
        return QStringLiteral("refused");
    case CaseState::ResultReturned:
        return QStringLiteral("result_returned");
    }
    return {};
}

std::optional<CaseState> CaseWorkflow::fromKey(const QString& k)
{
    for (CaseState s : states())
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString CaseWorkflow::displayName(CaseState s)
{
    switch (s) {
    case CaseState::Received:
        return tr("Received");
    case CaseState::CompletionRequested:
        return tr("Completion requested");
    case CaseState::Resubmitted:
        return tr("Resubmitted");
    case CaseState::UnderReview:
        return tr("Under review");
    case CaseState::Approved:
        return tr("Approved");
    case CaseState::Refused:
        return tr("Refused");
    case CaseState::ResultReturned:
        return tr("Result returned");
    }
    return {};
}

} // namespace motcua::residence
