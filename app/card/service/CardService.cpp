#include "CardService.h"

#include "pcsc/PcscContext.h"
#include "reader/PcscReadJob.h"
#include "reader/ReadErrors.h"

#include <QPointer>
#include <QThread>

namespace motcua::card {

CardService::CardService(QObject* parent)
    : QObject(parent), m_context(std::make_shared<PcscContext>()), m_trustStore(std::make_shared<TrustStore>()),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<CitizenIdentity>();
    qRegisterMetaType<ReadOptions>();
    qRegisterMetaType<Status>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("CardService"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

CardService::~CardService()
{
    m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
}

void CardService::setTrustStore(const TrustStore& trustStore)
{
    // Reads hold their own reference, so replacing the store never races a running read.
    m_trustStore = std::make_shared<TrustStore>(trustStore);
}

void CardService::cancel()
{
    m_cancel->store(true);
}

void CardService::finish()
{
    m_busy = false;
}

void CardService::startRead(const QString& reader, const ReadOptions& options)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cancel->store(false);
    emit started();
    QPointer<CardService> self(this);
    auto context = m_context;
    auto trust = m_trustStore;
    auto cancelFlag = m_cancel;
    QMetaObject::invokeMethod(
        m_worker,
        [self, context, trust, cancelFlag, reader, options] {
            auto progress = [self](const QString& file, qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, file, done, total] {
                        if (self)
                            emit self->progress(file, done, total);
                    },
                    Qt::QueuedConnection);
            };
            auto result = PcscReadJob::run(*context, *trust, reader, options, progress, cancelFlag.get());
            QMetaObject::invokeMethod(
                self,
                [self, result = std::move(result)] {
                    if (!self)
                        return;
                    self->finish();
                    if (result)
                        emit self->finished(*result);
                    else if (ReadErrors::isCancelled(result.status()))
                        emit self->cancelled();
                    else
                        emit self->failed(result.status());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace motcua::card
