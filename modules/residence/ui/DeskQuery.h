#pragma once

#include "ResidenceDesk.h"
#include "ResidenceStore.h"
#include "Status.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QProgressBar>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace motcua::residence {

/// Runs a page's read queries on a worker thread with the worker's own database connection
/// (ResidenceConnection::open), so the GUI thread never waits on SQLite. Only the newest run's result is delivered:
/// a result that arrives after a newer query started (stale) is dropped. `busyChanged` drives the page's busy state.
class DeskQuery : public QObject
{
    Q_OBJECT

public:
    explicit DeskQuery(ResidenceDesk& desk, QObject* parent = nullptr) : QObject(parent), m_desk(desk) {}

    bool isBusy() const { return m_busy; }
    /// Drops whatever is running (its result will not be delivered).
    void cancel()
    {
        ++m_generation;
        setBusy(false);
    }

    /// `work(store)` runs on a worker; `done(result)` runs on this object's thread if no newer run started.
    template <typename T>
    void run(std::function<Result<T>(const ResidenceStore&)> work, std::function<void(Result<T>)> done)
    {
        auto env = m_desk.environment();
        const quint64 generation = ++m_generation;
        if (!env) {
            setBusy(false);
            done(Result<T>(env.status()));
            return;
        }
        setBusy(true);
        const ResidenceEnvironment base = *env;
        // A watcher, not QFuture::then: its signal always arrives through the event loop, even when the worker is
        // already done, so run() never delivers inside the caller.
        auto* watcher = new QFutureWatcher<std::optional<Result<T>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
            watcher->deleteLater();
            std::optional<Result<T>> result = watcher->result();
            if (generation != m_generation || !result)
                return; // stale: a newer query (or a cancel) came after this one
            setBusy(false);
            ++m_delivered;
            done(std::move(*result));
        });
        watcher->setFuture(QtConcurrent::run([base, work = std::move(work)]() -> std::optional<Result<T>> {
            auto connection = ResidenceConnection::open(base);
            if (!connection)
                return Result<T>(connection.status());
            return work((*connection)->store());
        }));
    }

    /// How many results were delivered (tests count dropped stale ones with it).
    int delivered() const { return m_delivered; }

signals:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy)
    {
        if (busy == m_busy)
            return;
        m_busy = busy;
        emit busyChanged(busy);
    }

    ResidenceDesk& m_desk;
    quint64 m_generation = 0;
    bool m_busy = false;
    int m_delivered = 0;
};

namespace ui {
/// A small indeterminate progress bar shown while `query` runs ("Loading…").
inline QProgressBar* makeBusyBar(QWidget* parent, DeskQuery* query)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(QStringLiteral("busyBar"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(120);
    bar->setMaximumHeight(14);
    bar->setAccessibleName(DeskQuery::tr("Loading…"));
    bar->setToolTip(DeskQuery::tr("Loading…"));
    bar->setVisible(query->isBusy());
    QObject::connect(query, &DeskQuery::busyChanged, bar, &QWidget::setVisible);
    return bar;
}
} // namespace ui

} // namespace motcua::residence
