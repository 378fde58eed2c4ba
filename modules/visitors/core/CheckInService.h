#pragma once

#include "VisitorTypes.h"
#include "VisitorsStore.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

class QSqlQuery;

namespace motcua::visitors {

/// Checks visitors in and out. A check-in is one short write transaction (profile, visit, badge number,
/// logbook line, audit row); the database keeps at most one open visit per person, so two desks
/// checking the same card in at once end with one visit.
class CheckInService
{
    Q_DECLARE_TR_FUNCTIONS(motcua::visitors::CheckInService)

public:
    explicit CheckInService(const VisitorsStore& store) : m_store(store) {}

    /// Refuses with InputRejected (and the hits in `blockedBy`) when an exact watchlist match is not overridden.
    Result<CheckInResult> checkIn(const Session& session, const CheckInRequest& request,
                                  QList<WatchlistHit>* blockedBy = nullptr);
    /// Records that a blocked person was turned away (logbook + audit), without a visit.
    Status recordWatchlistBlock(const Session& session, const QList<WatchlistHit>& hits);

    Result<VisitRow> checkOutByBadge(const Session& session, const QString& badgeNumber);
    Result<VisitRow> checkOutByIdNumber(const Session& session, const QString& idNumber);
    Result<VisitRow> checkOutVisit(const Session& session, qint64 visitId,
                                   CheckoutMethod method = CheckoutMethod::List);
    /// Signs out every visit that began before `cutoff` and is still open, marked automatic. Returns how many.
    Result<int> signOutOpenVisitsBefore(const Session& session, const QDateTime& cutoff);

    QList<VisitRow> insideNow() const;
    /// host or department name → number of visitors inside.
    QMap<QString, int> insideCountByHost() const;
    QMap<QString, int> insideCountByDepartment() const;
    std::optional<VisitRow> visit(qint64 visitId) const;
    std::optional<VisitRow> openVisitOf(const QString& idNumber) const;
    /// Counts one more print of the visit's badge; returns the number of earlier prints.
    Result<int> markBadgePrinted(const Session& session, qint64 visitId);

    static QString visitSelect(); // the column list VisitRow is read from
    static VisitRow rowFrom(const QSqlQuery& q);

private:
    Result<CheckInResult> writeCheckIn(const Session& session, const CheckInRequest& request,
                                       const QList<WatchlistHit>& hits);
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
