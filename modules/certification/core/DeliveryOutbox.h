#pragma once

#include "Status.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace motcua {
class Clock;
class Database;
} // namespace motcua

namespace motcua::certification {

/// One certified copy waiting for (or done with) delivery to the citizen's document store.
struct OutboxItem
{
    QString certificationNumber;
    QString filePath;
    QString status; ///< pending | delivered
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
};

/// Delivers signed copies to the document store's HTTPS endpoint: persisted in the database (so it survives
/// restarts), idempotent by certification number (the key is sent with each try and enqueueing twice is a no-op),
/// retried with exponential back-off.
class DeliveryOutbox : public QObject
{
    Q_OBJECT

public:
    DeliveryOutbox(Database& db, const Clock& clock, QObject* parent = nullptr);

    void setEndpoint(const QUrl& url) { m_endpoint = url; }
    Status enqueue(const QString& certificationNumber, const QString& filePath);
    QList<OutboxItem> items() const { return itemsIn(m_db); }
    /// The queue as stored, for status displays that do not deliver.
    static QList<OutboxItem> itemsIn(const Database& db);
    /// Sends every item that is due; `finished` is emitted when the round is over.
    void deliverDue();
    /// Starts a timer that calls deliverDue() every `intervalMs`.
    void start(int intervalMs = 30000);

    /// Seconds to wait after `attempts` failed tries: 30 s doubling, at most an hour.
    static int backoffSeconds(int attempts);

signals:
    void finished(int delivered, int failed);

private:
    void markResult(const QString& number, bool ok, const QString& error);

    Database& m_db;
    const Clock& m_clock;
    QUrl m_endpoint;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
    int m_inFlight = 0;
    int m_delivered = 0;
    int m_failed = 0;
};

} // namespace motcua::certification
