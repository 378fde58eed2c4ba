#pragma once

#include "SimulatedCard.h"
#include "pcsc/ApduChannel.h"

namespace motcua::card {

/// An ApduChannel straight into a SimulatedCard, without pcscd: for tests and for reading the training card on a
/// workstation that has no reader. Plays the removal fault like the vpcd link does.
class SimulatedChannel : public ApduChannel
{
public:
    explicit SimulatedChannel(SimulatedCard& card, int removeAfterApdus = -1)
        : m_card(card), m_removeAfter(removeAfterApdus)
    {}

    Result<QByteArray> transmit(const QByteArray& command) override;
    const ApduStats& stats() const override { return m_stats; }

private:
    SimulatedCard& m_card;
    int m_removeAfter;
    bool m_removed = false;
    ApduStats m_stats;
};

} // namespace motcua::card
