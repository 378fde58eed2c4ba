#pragma once

#include "Status.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace motcua::card {

/// One reader as the monitor last saw it.
struct ReaderState
{
    QString name;
    bool cardPresent = false;

    bool operator==(const ReaderState&) const = default;
};

/// Name under which the shell offers its one ReaderMonitor to modules (ServiceRegistry); absent without a GUI.
inline const QString kReaderMonitorService = QStringLiteral("card.readers");

/// Watches pcscd on a worker thread (SCardGetStatusChange, with the PnP pseudo-reader for arrivals)
/// and reports reader and card changes; survives pcscd stopping and starting again.
class ReaderMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ReaderMonitor(QObject* parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    void stop();
    bool isRunning() const;

    /// The last state reported (thread-safe copy).
    bool serviceAvailable() const;
    QList<ReaderState> readers() const;

    /// Cheap one-shot check for diagnostics: "running, 2 reader(s)" or "not running (…)".
    static QString pcscServiceStatus();
    /// The readers and whether each holds a card, right now (no thread); an error when pcscd is not running.
    static Result<QList<ReaderState>> snapshot();

signals:
    /// Emitted on start and on every change; queued to the monitor's thread.
    void stateChanged(bool serviceAvailable, QList<motcua::card::ReaderState> readers);

private:
    struct Shared;
    void run();
    void publish(bool service, const QList<ReaderState>& readers);

    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
};

} // namespace motcua::card

Q_DECLARE_METATYPE(motcua::card::ReaderState)
