#pragma once

#include "VisitorTypes.h"
#include "VisitorsStore.h"

#include <QCoreApplication>

namespace motcua::visitors {

/// Restricted persons. An exact ID-number match blocks a check-in; the same name and date of birth
/// under another ID number only flags it (narrow matching keeps false alarms rare).
class Watchlist
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::Watchlist)

public:
    explicit Watchlist(const VisitorsStore& store) : m_store(store) {}

    /// Matches for one visitor; exact hits first. Reads no more than the two indexes.
    QList<WatchlistHit> match(const VisitorIdentity& identity) const;

    QList<WatchlistEntry> list() const;
    /// `entry.idMasked` is ignored; the ID number (may be empty when name and date of birth are given) is hashed.
    Result<qint64> add(const Session& session, const QString& idNumber, const WatchlistEntry& entry);
    Status remove(const Session& session, qint64 id);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
