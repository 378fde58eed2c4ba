#pragma once

#include "Status.h"
#include "WalCheckpointer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {

class AccountService;
class AuditLog;
class Clock;
class Database;
class ModuleManager;
class ServiceRegistry;
class Settings;
class Vault;
class WorkingCalendar;
struct ModuleContext;

/// The office and place this workstation serves (setup wizard).
struct WorkstationInfo
{
    QString workstationName;
    QString agencyName;
    QString provinceCode;
    QString communeCode;
};

struct WorkstationOptions
{
    QString databasePath;
    bool create = false;     // create the file when missing (setup, db init)
    bool loadModules = true; // discover and initialize plugin modules
    QStringList pluginDirs;  // empty: the installed and build-tree plugin folders
    QString vaultKeyFile;    // empty: per-database key file in the user's data folder
    QString vaultPassphrase; // for databases whose vault key is passphrase-wrapped
    Settings* settings = nullptr;
    const Clock* clock = nullptr; // null: the system clock
    /// The GUI process asks for this (never the CLI): no WAL checkpoint inside the commits on database(), a worker
    /// checkpoints every minute instead and the WAL is emptied at close (WalCheckpointer).
    bool backgroundCheckpoints = false;
};

/// Everything one open workstation database offers: storage, audit, accounts, calendar, vault, modules.
/// Shared by the GUI and the CLI, so both enforce the same rules.
class Workstation
{
    Q_DECLARE_TR_FUNCTIONS(motcua::Workstation)

public:
    ~Workstation();
    static Result<std::unique_ptr<Workstation>> open(const WorkstationOptions& options);

    Database& database();
    AuditLog& audit();
    AccountService& accounts();
    WorkingCalendar& calendar();
    ModuleManager& modules();
    ServiceRegistry& services();
    const Clock& clock() const;
    /// Opens the vault on first use; fails with a message when its key is not available.
    Result<Vault*> vault();
    ModuleContext context();

    WorkstationInfo info() const;
    Status setInfo(const WorkstationInfo& info);
    bool isSetUp() const; // has an administrator
    /// Lets every module put demo records into a fresh database.
    Status seedDemoData();

    /// Starts the background WAL checkpoints (WorkstationOptions::backgroundCheckpoints does this at open).
    Status startBackgroundCheckpoints(const WalCheckpointPolicy& policy = {});
    /// Null unless the background checkpoints run.
    const WalCheckpointer* checkpointer() const;

    /// The plugin folders searched by default (installed folder, build tree, MOTCUA_PLUGIN_PATH).
    static QStringList defaultPluginDirs();

private:
    Workstation();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
