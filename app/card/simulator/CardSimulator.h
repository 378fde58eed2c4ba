#pragma once

#include "SimulatedCard.h"
#include "Status.h"

#include <QString>

#include <atomic>
#include <memory>

namespace motcua::card {

/// Attaches a simulated CCCD to pcscd through the vpcd virtual reader and plays the profile's faults
/// (slow answers, removal after N APDUs). Used by `motcua-cli card simulate`, the e2e tests and staff training.
class CardSimulator
{
public:
    static constexpr quint16 DefaultPort = 35963; ///< "Virtual PCD 00 00"; 35964 is "Virtual PCD 00 01"

    /// Loads the profile (key files resolved against `keyDir` first) and builds the card's files and SOD.
    static Result<std::shared_ptr<CardSimulator>> create(const QString& profilePath, const QString& keyDir = {});

    /// Serves vpcd until `stop` is set; reconnects when pcscd restarts. Blocks the calling thread.
    void run(const std::atomic<bool>& stop, quint16 port = DefaultPort,
             const QString& host = QStringLiteral("127.0.0.1"));

    const CardProfile& profile() const { return m_profile; }
    SimulatedCard& card() { return m_card; }

private:
    CardSimulator(CardProfile profile, CardImage image);

    CardProfile m_profile;
    SimulatedCard m_card;
    bool m_removed = false;
};

} // namespace motcua::card
