#include "ReaderMonitor.h"

#include "PcscContext.h"
#include "PcscError.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <PCSC/pcsclite.h>
#include <PCSC/winscard.h>

#include <vector>

namespace motcua::card {

namespace {
constexpr auto kPnpReader = "\\\\?PnP?\\Notification";
constexpr DWORD kPollMs = 1000;       // when pcscd lacks PnP support we still notice new readers
constexpr int kRetryServiceMs = 1000; // pcscd not running: try again this often
} // namespace

struct ReaderMonitor::Shared
{
    std::atomic<bool> stopping{false};
    std::atomic<SCARDCONTEXT> context{0};
    QMutex mutex;
    QWaitCondition wake;
    bool service = false;
    bool published = false;
    QList<ReaderState> readers;
};

ReaderMonitor::ReaderMonitor(QObject* parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<ReaderState>();
    qRegisterMetaType<QList<ReaderState>>();
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    if (m_thread)
        return;
    m_shared->stopping = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ReaderMonitor"));
    m_thread->start();
}

void ReaderMonitor::stop()
{
    if (!m_thread)
        return;
    m_shared->stopping = true;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->wake.wakeAll();
    }
    if (const SCARDCONTEXT ctx = m_shared->context.load())
        SCardCancel(ctx); // interrupts a blocking SCardGetStatusChange
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool ReaderMonitor::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ReaderMonitor::serviceAvailable() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->service;
}

QList<ReaderState> ReaderMonitor::readers() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->readers;
}

QString ReaderMonitor::pcscServiceStatus()
{
    return PcscContext::serviceStatus();
}

Result<QList<ReaderState>> ReaderMonitor::snapshot()
{
    PcscContext context;
    auto names = context.listReaders();
    if (!names)
        return names.status();
    QList<ReaderState> result;
    if (names->isEmpty())
        return result;
    std::vector<QByteArray> encoded;
    std::vector<SCARD_READERSTATE> states(names->size());
    for (const QString& n : *names)
        encoded.push_back(n.toUtf8());
    for (size_t i = 0; i < encoded.size(); ++i) {
        states[i].szReader = encoded[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    const LONG rv = SCardGetStatusChange(context.handle(), 0, states.data(), DWORD(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != static_cast<LONG>(SCARD_E_TIMEOUT))
        return PcscError::toStatus(rv, "SCardGetStatusChange");
    for (size_t i = 0; i < states.size(); ++i)
        result.append({names->at(int(i)), (states[i].dwEventState & SCARD_STATE_PRESENT) != 0});
    return result;
}

void ReaderMonitor::publish(bool service, const QList<ReaderState>& readers)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->published && m_shared->service == service && m_shared->readers == readers)
            return;
        m_shared->published = true;
        m_shared->service = service;
        m_shared->readers = readers;
    }
    emit stateChanged(service, readers);
}

void ReaderMonitor::run()
{
    auto shared = m_shared;
    auto sleep = [&](int ms) {
        QMutexLocker lock(&shared->mutex);
        if (!shared->stopping)
            shared->wake.wait(&shared->mutex, ms);
    };

    while (!shared->stopping) {
        SCARDCONTEXT ctx = 0;
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS) {
            publish(false, {});
            sleep(kRetryServiceMs);
            continue;
        }
        shared->context = ctx;
        std::vector<QByteArray> names;
        std::vector<SCARD_READERSTATE> states;
        bool listDirty = true;
        LONG rv = SCARD_S_SUCCESS;

        while (!shared->stopping) {
            if (listDirty) {
                DWORD size = 0;
                QStringList readerNames;
                rv = SCardListReaders(ctx, nullptr, nullptr, &size);
                if (rv == SCARD_S_SUCCESS && size > 0) {
                    QByteArray buffer(int(size), '\0');
                    rv = SCardListReaders(ctx, nullptr, buffer.data(), &size);
                    for (const QByteArray& n : buffer.split('\0'))
                        if (!n.isEmpty())
                            readerNames << QString::fromUtf8(n);
                }
                if (rv != SCARD_S_SUCCESS && rv != static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
                    break;
                names.clear();
                for (const QString& n : readerNames)
                    names.push_back(n.toUtf8());
                names.push_back(QByteArray(kPnpReader));
                states.assign(names.size(), SCARD_READERSTATE{});
                for (size_t i = 0; i < names.size(); ++i) {
                    states[i].szReader = names[i].constData();
                    states[i].dwCurrentState = SCARD_STATE_UNAWARE;
                }
                listDirty = false;
            }
            rv = SCardGetStatusChange(ctx, kPollMs, states.data(), DWORD(states.size()));
            if (rv == static_cast<LONG>(SCARD_E_TIMEOUT)) {
                if (names.size() == 1)
                    publish(true, {}); // only the PnP pseudo-reader: pcscd runs without readers
                // Readers may have come or gone without PnP support: compare the list cheaply.
                DWORD size = 0;
                LONG lr = SCardListReaders(ctx, nullptr, nullptr, &size);
                if (PcscError::isServiceLost(lr)) {
                    rv = lr;
                    break;
                }
                QByteArray buffer(int(size), '\0');
                if (lr == SCARD_S_SUCCESS && size > 0)
                    SCardListReaders(ctx, nullptr, buffer.data(), &size);
                int count = 0;
                for (const QByteArray& n : buffer.split('\0'))
                    count += n.isEmpty() ? 0 : 1;
                if (count != int(names.size()) - 1)
                    listDirty = true;
                continue;
            }
            if (rv == static_cast<LONG>(SCARD_E_CANCELLED))
                continue;
            if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE)) {
                // pcscd runs but has no reader (and answers so instead of waiting on the PnP pseudo-reader).
                publish(true, {});
                sleep(int(kPollMs));
                listDirty = true;
                continue;
            }
            if (rv != SCARD_S_SUCCESS && rv != static_cast<LONG>(SCARD_E_UNKNOWN_READER))
                break;
            if (rv == static_cast<LONG>(SCARD_E_UNKNOWN_READER)) {
                listDirty = true;
                continue;
            }
            QList<ReaderState> current;
            for (size_t i = 0; i + 1 < states.size(); ++i) {
                if (states[i].dwEventState & SCARD_STATE_UNKNOWN)
                    listDirty = true;
                current.append({QString::fromUtf8(names[i]), (states[i].dwEventState & SCARD_STATE_PRESENT) != 0});
                states[i].dwCurrentState = states[i].dwEventState & ~SCARD_STATE_CHANGED;
            }
            SCARD_READERSTATE& pnp = states.back();
            if (pnp.dwEventState & SCARD_STATE_CHANGED)
                listDirty = true;
            pnp.dwCurrentState = pnp.dwEventState & ~SCARD_STATE_CHANGED;
            publish(true, current);
        }
        shared->context = 0;
        SCardReleaseContext(ctx);
        if (!shared->stopping) {
            qCDebug(lcCardIo) << "reader monitor: pcscd lost:" << PcscError::name(rv);
            publish(false, {});
            sleep(kRetryServiceMs);
        }
    }
}

} // namespace motcua::card
