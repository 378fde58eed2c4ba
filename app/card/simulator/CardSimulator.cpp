#include "CardSimulator.h"

#include "VpcdLink.h"

#include <QLoggingCategory>

#include <chrono>
#include <thread>

namespace motcua::card {

namespace {
Q_LOGGING_CATEGORY(lcSimulator, "motcua.card.simulator")

void sleepUnlessStopped(int ms, const std::atomic<bool>& stop)
{
    for (int waited = 0; (ms < 0 || waited < ms) && !stop; waited += 50)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}
} // namespace

CardSimulator::CardSimulator(CardProfile profile, CardImage image)
    : m_profile(profile), m_card(std::move(profile), std::move(image))
{}

Result<std::shared_ptr<CardSimulator>> CardSimulator::create(const QString& profilePath, const QString& keyDir)
{
    auto profile = CardProfile::load(profilePath, keyDir);
    if (!profile)
        return profile.status();
    auto image = CardImage::build(*profile);
    if (!image)
        return image.status();
    return std::shared_ptr<CardSimulator>(new CardSimulator(std::move(*profile), std::move(*image)));
}

void CardSimulator::run(const std::atomic<bool>& stop, quint16 port, const QString& host)
{
    VpcdLink link(host, port);
    VpcdLink::Handlers handlers;
    handlers.atr = [] { return SimulatedCard::atr(); };
    handlers.control = [this](VpcdLink::Control code) {
        if (code == VpcdLink::PowerOff || code == VpcdLink::PowerOn || code == VpcdLink::Reset)
            m_card.reset();
    };
    handlers.apdu = [this](const QByteArray& command) -> QByteArray {
        const int limit = m_profile.faults.removeAfterApdus;
        if (!m_removed && limit >= 0 && m_card.apduCount() >= limit) {
            m_removed = true;
            return {}; // pulled off the reader
        }
        if (m_profile.faults.slowAnswerMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_profile.faults.slowAnswerMs));
        return m_card.process(command);
    };

    while (!stop) {
        const VpcdLink::End end = link.serve(handlers, stop);
        m_card.reset();
        if (end == VpcdLink::End::Removed) {
            qCInfo(lcSimulator) << "card removed after" << m_card.apduCount() << "APDUs";
            sleepUnlessStopped(m_profile.faults.reinsertAfterMs, stop);
        } else if (end == VpcdLink::End::VpcdClosed) {
            qCInfo(lcSimulator) << "vpcd closed the link (pcscd stopped?); reconnecting";
            sleepUnlessStopped(200, stop);
        }
    }
}

} // namespace motcua::card
