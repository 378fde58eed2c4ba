#include "CardReading.h"

#include "security/TrustStore.h"
#include "service/CardService.h"

namespace motcua::visitors {

CardReading::CardReading(card::ReaderMonitor* shared, QObject* parent) : QObject(parent), m_monitor(shared)
{
    m_ownMonitor = !shared;
    if (m_ownMonitor)
        m_monitor = new card::ReaderMonitor(this);
    m_service = new card::CardService(this);
    connect(m_monitor, &card::ReaderMonitor::stateChanged, this, &CardReading::onStateChanged);
    if (!m_ownMonitor) {
        // The shell's monitor runs already: take its last state now, the next change comes by signal.
        m_started = true;
        onStateChanged(m_monitor->serviceAvailable(), m_monitor->readers());
    }
    connect(m_service, &card::CardService::started, this, &CardReading::readStarted);
    connect(m_service, &card::CardService::progress, this, &CardReading::progress);
    connect(m_service, &card::CardService::finished, this, [this](const card::CitizenIdentity& identity) {
        m_pendingCans.clear();
        emit identityRead(identity);
    });
    connect(m_service, &card::CardService::failed, this, [this](const Status& status) {
        // A refused CAN: try the next candidate; anything else is reported at once.
        if (status.code() == Status::Code::CardAccessDenied && !m_pendingCans.isEmpty()) {
            tryNext();
            return;
        }
        const bool needKey = status.code() == Status::Code::CardAccessDenied || status.code() == Status::Code::Usage;
        m_pendingCans.clear();
        emit readFailed(status, needKey);
    });
    connect(m_service, &card::CardService::cancelled, this, [this] { m_pendingCans.clear(); });
}

CardReading::~CardReading()
{
    if (m_ownMonitor && m_monitor)
        m_monitor->stop();
}

void CardReading::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_monitor)
        m_monitor->start();
}

bool CardReading::isReading() const
{
    return m_service->isBusy();
}

void CardReading::setTrustPaths(const QStringList& paths)
{
    card::TrustStore trust;
    for (const QString& p : paths)
        (void)trust.addPath(p);
    m_service->setTrustStore(trust);
}

void CardReading::onStateChanged(bool serviceAvailable, const QList<card::ReaderState>& readers)
{
    m_serviceAvailable = serviceAvailable;
    m_readerCount = int(readers.size());
    QString withCard;
    for (const card::ReaderState& r : readers)
        if (r.cardPresent && withCard.isEmpty())
            withCard = r.name;
    const QString before = m_cardReader;
    m_cardReader = withCard;
    emit readersChanged(serviceAvailable, m_readerCount, !withCard.isEmpty());
    if (!withCard.isEmpty() && before.isEmpty())
        emit cardInserted(withCard);
    else if (withCard.isEmpty() && !before.isEmpty())
        emit cardRemoved();
}

void CardReading::read(const QString& reader, const QStringList& cans)
{
    if (m_service->isBusy())
        return;
    m_readingReader = reader;
    m_pendingCans = cans;
    m_pendingCans.removeDuplicates();
    if (m_pendingCans.isEmpty()) {
        emit readFailed(Status(Status::Code::CardAccessDenied,
                               tr("Enter the card's access number: the last six digits of the ID number.")),
                        true);
        return;
    }
    tryNext();
}

void CardReading::tryNext()
{
    card::ReadOptions options;
    options.key.can = m_pendingCans.takeFirst();
    m_service->startRead(m_readingReader, options);
}

void CardReading::cancel()
{
    m_pendingCans.clear();
    m_service->cancel();
}

} // namespace motcua::visitors
