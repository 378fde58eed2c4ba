#pragma once

#include "IModule.h"
#include "IModuleUi.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace motcua::visitors {

class CardReading;
class VisitorsDesk;

/// The visitors plugin: schema, pages and settings page, and the desk's clockwork — automatic sign-out at the
/// configured time and the retention purge at start and every night (on a worker thread). The WAL checkpoints that
/// keep fsyncs out of a check-in's commit are the workstation's (WalCheckpointer in app/core).
class VisitorsModule : public QObject, public IModule, public shell::IModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "visitors.json")
    Q_INTERFACES(motcua::IModule motcua::shell::IModuleUi)

public:
    QList<Migration> migrations() const override;
    Status initialize(const ModuleContext& context) override;
    void extensionsInitialized() override;
    void aboutToShutdown() override;
    Status seedDemoData(const ModuleContext& context) override;

    QList<shell::PageSpec> pages() const override;
    QList<shell::ISettingsPage*> settingsPages() const override;

private:
    void tick();
    void purgeInBackground();
    CardReading* cards() const;

    ModuleContext m_context;
    QPointer<VisitorsDesk> m_desk;
    mutable QPointer<CardReading> m_cards;
    QTimer* m_timer = nullptr;
    QDate m_lastPurge;
    QDateTime m_lastSignOutCutoff;
};

} // namespace motcua::visitors
