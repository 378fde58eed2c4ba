#pragma once

#include "Migration.h"
#include "Status.h"

#include <QList>
#include <QObject>

namespace motcua {

class AccountService;
class AuditLog;
class Clock;
class Database;
class ServiceRegistry;
class Settings;
class Vault;
class WorkingCalendar;

/// Version of the plugin contract; a module built for another one is skipped.
inline constexpr int kModuleApiVersion = 1;

/// Services a module receives. Pointers stay valid until aboutToShutdown() returns.
struct ModuleContext
{
    Database* database = nullptr;
    AuditLog* audit = nullptr;
    AccountService* accounts = nullptr;
    Settings* settings = nullptr;
    const Clock* clock = nullptr;
    WorkingCalendar* calendar = nullptr;
    ServiceRegistry* services = nullptr;
    /// Opens the vault on first use (it may need the keyring); modules without sensitive data never call it.
    std::function<Result<Vault*>()> vault;
};

/// The contract every business module implements (a Qt plugin with JSON metadata).
/// No exception crosses this boundary: failures come back as Status.
class IModule
{
public:
    virtual ~IModule() = default;
    /// Numbered schema steps of this module; run before initialize().
    virtual QList<Migration> migrations() const { return {}; }
    virtual Status initialize(const ModuleContext& context) = 0;
    /// Every module is initialized; services of others may now be looked up.
    virtual void extensionsInitialized() {}
    virtual void aboutToShutdown() {}
    /// Fills a fresh demo database with realistic sample records.
    virtual Status seedDemoData(const ModuleContext& context)
    {
        Q_UNUSED(context);
        return Status::ok();
    }
};

} // namespace motcua

#define MotcuaModule_iid "vn.motcua.IModule/1"
Q_DECLARE_INTERFACE(motcua::IModule, MotcuaModule_iid)
