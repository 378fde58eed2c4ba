#pragma once

#include "CitizenIdentity.h"
#include "Status.h"
#include "reader/CardReader.h"
#include "security/TrustStore.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace motcua::card {

class PcscContext;

/// Reads chip ID cards off the GUI thread, one at a time: modules and the shell call startRead() and get progress,
/// then finished() or failed(); cancel() stops a read at the next APDU. Holds no personal data after a read.
class CardService : public QObject
{
    Q_OBJECT
public:
    explicit CardService(QObject* parent = nullptr);
    ~CardService() override;

    /// The CSCA certificates used for passive authentication of the following reads.
    void setTrustStore(const TrustStore& trustStore);
    bool isBusy() const { return m_busy; }

public slots:
    /// `reader` empty = the first reader holding a card. Ignored (returns at once) while a read is running.
    void startRead(const QString& reader, const motcua::card::ReadOptions& options);
    void cancel();

signals:
    void started();
    /// `file` is "EF.COM", "DG2", …; `done`/`total` are bytes of that file.
    void progress(const QString& file, qint64 done, qint64 total);
    void finished(const motcua::card::CitizenIdentity& identity);
    void failed(const motcua::Status& status);
    void cancelled();

private:
    void finish();

    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives in m_thread
    std::shared_ptr<PcscContext> m_context;
    std::shared_ptr<TrustStore> m_trustStore;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

} // namespace motcua::card

Q_DECLARE_METATYPE(motcua::card::CitizenIdentity)
Q_DECLARE_METATYPE(motcua::card::ReadOptions)
Q_DECLARE_METATYPE(motcua::Status)
