#pragma once

#include "VisitorsStore.h"

#include <QStringList>

namespace motcua::visitors {

/// The access numbers to try when a card is put on the reader and nothing was typed or scanned. The chip ID
/// card's PACE access number (CAN) is the last six digits of its 12-digit ID number, so the desk can open the
/// cards of the people it expects: visitors inside (a tap to leave), guests invited for today, then the most
/// recent returning visitors. Each refused attempt costs the card a PACE run, so the list is short and bounded.
class CardAccessCandidates
{
public:
    /// 20 refused PACE runs cost about 1 s on the simulator over pcscd (measured by tst_visitors_checkin_gui).
    static constexpr int kDefaultLimit = 20;

    explicit CardAccessCandidates(const VisitorsStore& store) : m_store(store) {}

    /// At most `limit` distinct CANs, most likely first. Only the six digits leave this class. Needs the check-in
    /// permission; each call is audited (how many, never which).
    Result<QStringList> list(const Session& session, int limit = kDefaultLimit) const;

    /// The CAN of a 12-digit ID number (its last six digits); the six digits themselves are returned unchanged;
    /// empty for anything else.
    static QString canOf(const QString& idNumberOrCan);

private:
    const VisitorsStore& m_store;
};

} // namespace motcua::visitors
