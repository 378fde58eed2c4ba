#include "VisitorsModule.h"

#include "AuditLog.h"
#include "CardReading.h"
#include "CheckInPage.h"
#include "CheckInService.h"
#include "Clock.h"
#include "Database.h"
#include "HistoryPage.h"
#include "HostDirectory.h"
#include "Icons.h"
#include "InsideNowPage.h"
#include "InvitationsPage.h"
#include "LogbookPage.h"
#include "RetentionPurge.h"
#include "ServiceRegistry.h"
#include "Session.h"
#include "Settings.h"
#include "StatisticsPage.h"
#include "Vault.h"
#include "VisitorsDemo.h"
#include "VisitorsDesk.h"
#include "VisitorsSchema.h"
#include "VisitorsSettingsPage.h"
#include "WatchlistPage.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcVisitors, "motcua.visitors")

namespace motcua::visitors {

QList<Migration> VisitorsModule::migrations() const
{
    return VisitorsSchema::migrations();
}

Status VisitorsModule::initialize(const ModuleContext& context)
{
    m_context = context;
    m_desk = new VisitorsDesk(context, this);
    return Status::ok();
}

void VisitorsModule::extensionsInitialized()
{
    // The clockwork runs in the GUI process only (the CLI has no event loop running for long).
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &VisitorsModule::tick);
    m_timer->start(60 * 1000);
    QTimer::singleShot(0, this, &VisitorsModule::tick);
}

void VisitorsModule::aboutToShutdown()
{
    if (m_timer)
        m_timer->stop();
    delete m_cards;
}

CardReading* VisitorsModule::cards() const
{
    if (!m_cards) {
        // The shell's one reader monitor when it offers one; CardReading starts its own otherwise.
        card::ReaderMonitor* shared =
            m_context.services ? m_context.services->get<card::ReaderMonitor>(card::kReaderMonitorService) : nullptr;
        m_cards = new CardReading(shared, const_cast<VisitorsModule*>(this));
        QStringList trust;
        if (m_context.settings)
            trust = m_context.settings->value(QStringLiteral("card/trustPaths")).toStringList();
        trust += qEnvironmentVariable("MOTCUA_CARD_TRUST").split(QLatin1Char(':'), Qt::SkipEmptyParts);
        m_cards->setTrustPaths(trust);
    }
    return m_cards;
}

void VisitorsModule::tick()
{
    if (!m_desk || !m_context.clock)
        return;
    auto store = m_desk->store();
    if (!store)
        return;
    const VisitorsSettings settings = VisitorsSettings::load(*m_context.database);
    const QDateTime now = m_context.clock->now();
    // The most recent sign-out time that has passed: today's, or yesterday's when today's is still ahead.
    QDateTime cutoff(now.date(), settings.autoSignOutTime);
    if (cutoff > now)
        cutoff = cutoff.addDays(-1);
    if (cutoff != m_lastSignOutCutoff) {
        auto n = CheckInService(**store).signOutOpenVisitsBefore(Session::system(), cutoff);
        if (n) {
            m_lastSignOutCutoff = cutoff;
            if (*n > 0) {
                qCInfo(lcVisitors) << "automatic sign-out of" << *n << "visit(s)";
                emit m_desk->visitsChanged();
            }
        }
    }
    if (m_lastPurge != now.date()) {
        m_lastPurge = now.date();
        purgeInBackground();
    }
}

void VisitorsModule::purgeInBackground()
{
    // Its own connection on a worker thread: a large purge never freezes the desk.
    const QString path = m_context.database->path();
    const Clock* clock = m_context.clock;
    auto vault = m_context.vault ? m_context.vault() : Result<Vault*>(Status::failed(QString()));
    if (!vault)
        return;
    const Vault* v = *vault;
    (void)QtConcurrent::run([path, clock, v] {
        auto db = Database::open(path, false);
        if (!db)
            return;
        AuditLog audit(**db, *clock);
        auto store = VisitorsStore::open({db->get(), &audit, v, clock});
        if (!store)
            return;
        auto report = RetentionPurge(*store).run(Session::system(), VisitorsSettings::load(**db));
        if (report)
            qCInfo(lcVisitors) << "retention purge:" << report->visits << "visit(s)," << report->profiles
                               << "profile(s)";
    });
}

Status VisitorsModule::seedDemoData(const ModuleContext& context)
{
    auto vault = context.vault();
    if (!vault)
        return vault.status();
    auto store = VisitorsStore::open({context.database, context.audit, *vault, context.clock});
    if (!store)
        return store.status();
    HostDirectory hosts(*store);
    const Session admin = Session::system();
    QList<qint64> hostIds;
    for (const auto& [name, dept] :
         {std::pair{QStringLiteral("Trần Thị Bích"), QStringLiteral("Phòng Tổ chức - Hành chính")},
          std::pair{QStringLiteral("Phạm Minh Tuấn"), QStringLiteral("Ban Giám đốc")},
          std::pair{QStringLiteral("Lê Văn Hùng"), QStringLiteral("Phòng Kỹ thuật")}})
        if (auto r = hosts.add(admin, {0, name, dept, {}, true}); r)
            hostIds.append(*r);
        else
            return r.status();
    return seedDemoVisits({context.database, context.audit, *vault, context.clock}, hostIds);
}

QList<shell::PageSpec> VisitorsModule::pages() const
{
    auto* self = const_cast<VisitorsModule*>(this);
    QList<shell::PageSpec> out;
    auto page = [&](const QString& id, const QString& title, const char* icon, int order, const QString& permission,
                    std::function<QWidget*(QWidget*)> factory) {
        out.append({id, title, shell::shippedIcon(QLatin1String(icon)), order, permission, std::move(factory)});
    };
    page(QStringLiteral("visitors.checkin"), tr("Visitor check-in"), "secure-card", 20, perm::CheckIn,
         [self](QWidget* parent) { return new CheckInPage(*self->m_desk, *self->cards(), parent); });
    page(QStringLiteral("visitors.inside"), tr("Inside now"), "user-identity", 21, perm::CheckIn,
         [self](QWidget* parent) { return new InsideNowPage(*self->m_desk, parent); });
    page(QStringLiteral("visitors.invitations"), tr("Invitations"), "user-identity", 22, perm::CheckIn,
         [self](QWidget* parent) { return new InvitationsPage(*self->m_desk, parent); });
    page(QStringLiteral("visitors.logbook"), tr("Duty logbook"), "server-database", 23, perm::CheckIn,
         [self](QWidget* parent) { return new LogbookPage(*self->m_desk, parent); });
    page(QStringLiteral("visitors.history"), tr("Visit history"), "server-database", 24, perm::History,
         [self](QWidget* parent) { return new HistoryPage(*self->m_desk, parent); });
    page(QStringLiteral("visitors.statistics"), tr("Visitor statistics"), "server-database", 25, perm::Statistics,
         [self](QWidget* parent) { return new StatisticsPage(*self->m_desk, parent); });
    page(QStringLiteral("visitors.watchlist"), tr("Watchlist and hosts"), "system-lock-screen", 26,
         perm::WatchlistManage, [self](QWidget* parent) { return new WatchlistPage(*self->m_desk, parent); });
    return out;
}

QList<shell::ISettingsPage*> VisitorsModule::settingsPages() const
{
    return {new VisitorsSettingsPage(m_context.database)};
}

} // namespace motcua::visitors
