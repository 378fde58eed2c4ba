#pragma once

#include "CitizenIdentity.h"
#include "Status.h"
#include "pcsc/ReaderMonitor.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace motcua::card {
class CardService;
}

namespace motcua::visitors {

/// The check-in screen's view of the card readers: notices a card being put on a reader (and the reader
/// going away and coming back), and reads it through the card service off the GUI thread. When no access
/// number is known it tries a short list of candidates (visitors inside, today's invitations, recent visitors)
/// before asking. Uses the shell's one ReaderMonitor when given one; starts its own only without it (tests).
class CardReading : public QObject
{
    Q_OBJECT
public:
    explicit CardReading(card::ReaderMonitor* shared = nullptr, QObject* parent = nullptr);
    ~CardReading() override;

    /// Starts watching the readers (pcscd); safe to call more than once. A shared monitor is already running.
    void start();
    /// False when the shell's monitor is used.
    bool ownsMonitor() const { return m_ownMonitor; }
    bool isReading() const;
    QString readerWithCard() const { return m_cardReader; }
    bool serviceAvailable() const { return m_serviceAvailable; }
    int readerCount() const { return m_readerCount; }

    /// Reads the card on `reader` trying each CAN in turn (stops at the first the card accepts).
    void read(const QString& reader, const QStringList& cans);
    void cancel();
    /// CSCA certificates for passive authentication (files or folders); empty: none configured.
    void setTrustPaths(const QStringList& paths);

signals:
    void readersChanged(bool serviceAvailable, int readers, bool cardPresent);
    void cardInserted(const QString& reader);
    void cardRemoved();
    void readStarted();
    void progress(const QString& file, qint64 done, qint64 total);
    void identityRead(const motcua::card::CitizenIdentity& identity);
    /// `needKey`: every candidate was refused — ask the operator for the access number.
    void readFailed(const motcua::Status& status, bool needKey);

private:
    void onStateChanged(bool serviceAvailable, const QList<motcua::card::ReaderState>& readers);
    void tryNext();

    QPointer<card::ReaderMonitor> m_monitor;
    bool m_ownMonitor = false;
    card::CardService* m_service = nullptr;
    bool m_serviceAvailable = false;
    int m_readerCount = 0;
    QString m_cardReader;
    QString m_readingReader;
    QStringList m_pendingCans;
    bool m_started = false;
};

} // namespace motcua::visitors
