#pragma once

#include "VisitorTypes.h"
#include "VisitorsStore.h"

#include <QCoreApplication>
#include <optional>

namespace motcua::visitors {

/// Guests registered ahead by ID number, host and time window. Only an invitation whose window holds
/// the current time is found; expired ones are ignored.
class InvitationBook
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::InvitationBook)

public:
    explicit InvitationBook(const VisitorsStore& store) : m_store(store) {}

    Result<qint64> invite(const Session& session, const QString& idNumber, const Invitation& invitation);
    /// The unused invitation for this ID number valid right now, if any.
    std::optional<Invitation> findValid(const QString& idNumber) const;
    /// Invitations whose window ends after `from` (upcoming and current), soonest first.
    QList<Invitation> upcoming(const QDateTime& from) const;
    Status cancel(const Session& session, qint64 id);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
