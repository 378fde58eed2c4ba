#include "DeliveryOutbox.h"

#include "CertificationTr.h"
#include "Clock.h"
#include "Database.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace motcua::certification {

DeliveryOutbox::DeliveryOutbox(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &DeliveryOutbox::deliverDue);
}

int DeliveryOutbox::backoffSeconds(int attempts)
{
    return std::min(3600, 30 * (1 << std::min(attempts, 7)));
}

Status DeliveryOutbox::enqueue(const QString& number, const QString& filePath)
{
    QSqlQuery q = m_db.query();
    // INSERT OR IGNORE: enqueueing the same certification again never makes a second delivery.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO cert_outbox (cert_number, file_path, next_attempt_at)"
                             " VALUES (?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(filePath);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failed(Tr::tr("The copy could not be queued for delivery."), q.lastError().text());
    return Status::ok();
}

QList<OutboxItem> DeliveryOutbox::itemsIn(const Database& db)
{
    QList<OutboxItem> result;
    QSqlQuery q = db.query();
    q.exec(QStringLiteral("SELECT cert_number, file_path, status, attempts, next_attempt_at, last_error"
                          " FROM cert_outbox ORDER BY rowid"));
    while (q.next())
        result << OutboxItem{q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toInt(),
                             QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                             q.value(5).toString()};
    return result;
}

void DeliveryOutbox::start(int intervalMs)
{
    m_timer->start(intervalMs);
    deliverDue();
}

void DeliveryOutbox::deliverDue()
{
    if (m_inFlight > 0 || !m_endpoint.isValid())
        return;
    m_delivered = m_failed = 0;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    QList<OutboxItem> due;
    for (const OutboxItem& item : items())
        if (item.status == QStringLiteral("pending") && item.nextAttempt.toUTC().toString(Qt::ISODate) <= now)
            due << item;
    if (due.isEmpty()) {
        emit finished(0, 0);
        return;
    }
    m_inFlight = static_cast<int>(due.size());
    for (const OutboxItem& item : due) {
        QFile f(item.filePath);
        if (!f.open(QIODevice::ReadOnly)) {
            markResult(item.certificationNumber, false, Tr::tr("The signed file is missing."));
            continue;
        }
        QNetworkRequest request(m_endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/pdf"));
        // The receiving store de-duplicates on this key, so a retry after a lost answer is harmless.
        request.setRawHeader("Idempotency-Key", item.certificationNumber.toUtf8());
        request.setRawHeader("X-Certification-Number", item.certificationNumber.toUtf8().toPercentEncoding());
        request.setTransferTimeout(60000);
        QNetworkReply* reply = m_network->post(request, f.readAll());
        const QString number = item.certificationNumber;
        connect(reply, &QNetworkReply::finished, this, [this, reply, number] {
            const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // 409 Conflict: the store has this certification already — delivered by an earlier try.
            const bool ok = reply->error() == QNetworkReply::NoError || http == 409;
            markResult(number, ok, ok ? QString() : reply->errorString());
            reply->deleteLater();
        });
    }
}

void DeliveryOutbox::markResult(const QString& number, bool ok, const QString& error)
{
    QSqlQuery q = m_db.query();
    if (ok) {
        q.prepare(QStringLiteral("UPDATE cert_outbox SET status = 'delivered', attempts = attempts + 1,"
                                 " delivered_at = ?, last_error = NULL WHERE cert_number = ?"));
        q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
        ++m_delivered;
    } else {
        q.prepare(QStringLiteral("UPDATE cert_outbox SET attempts = attempts + 1, last_error = ?,"
                                 " next_attempt_at = ? WHERE cert_number = ?"));
        q.addBindValue(error);
        int attempts = 0;
        for (const OutboxItem& i : items())
            if (i.certificationNumber == number)
                attempts = i.attempts;
        q.addBindValue(m_clock.now().toUTC().addSecs(backoffSeconds(attempts)).toString(Qt::ISODate));
        ++m_failed;
    }
    q.addBindValue(number);
    q.exec();
    if (--m_inFlight == 0)
        emit finished(m_delivered, m_failed);
}

} // namespace motcua::certification
