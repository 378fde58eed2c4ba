#include "Workstation.h"

#include "AccountService.h"
#include "AuditLog.h"
#include "Clock.h"
#include "CoreMigrations.h"
#include "Database.h"
#include "IModule.h"
#include "KeyEncryptionKey.h"
#include "Logging.h"
#include "ModuleManager.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "Vault.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>

namespace motcua {

struct Workstation::Private
{
    WorkstationOptions options;
    Clock systemClock;
    const Clock* clock = nullptr;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<WorkingCalendar> calendar;
    std::unique_ptr<ModuleManager> modules;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<WalCheckpointer> checkpointer;
    ServiceRegistry services;
};

Workstation::Workstation() : d(std::make_unique<Private>()) {}

Workstation::~Workstation()
{
    if (d->modules)
        d->modules->shutdownAll();
    if (d->checkpointer) {
        // After the modules' own work: what they wrote last is in the database file when the WAL is emptied.
        if (auto counts = d->checkpointer->shutdown(); !counts)
            qCWarning(lcDatabase) << "final WAL checkpoint failed" << counts.status().details();
        d->checkpointer.reset();
    }
}

Status Workstation::startBackgroundCheckpoints(const WalCheckpointPolicy& policy)
{
    if (d->checkpointer)
        return Status::ok();
    auto started = WalCheckpointer::start(*d->db, policy);
    if (!started)
        return started.status();
    d->checkpointer = std::move(*started);
    return Status::ok();
}

const WalCheckpointer* Workstation::checkpointer() const
{
    return d->checkpointer.get();
}

QStringList Workstation::defaultPluginDirs()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("MOTCUA_PLUGIN_PATH");
    if (!env.isEmpty())
        dirs += env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    // Running from the build tree: modules sit beside bin/.
    const QString buildDir = QStringLiteral(MOTCUA_PLUGIN_BUILD_PATH);
    if (QCoreApplication::applicationDirPath().startsWith(QFileInfo(buildDir).absolutePath()) &&
        QDir(buildDir).exists())
        dirs.append(buildDir);
    else
        dirs.append(QStringLiteral(MOTCUA_PLUGIN_INSTALL_PATH));
    return dirs;
}

Result<std::unique_ptr<Workstation>> Workstation::open(const WorkstationOptions& options)
{
    std::unique_ptr<Workstation> ws(new Workstation);
    Private& p = *ws->d;
    p.options = options;
    p.clock = options.clock ? options.clock : &p.systemClock;
    Result<std::unique_ptr<Database>> db = Database::open(options.databasePath, options.create);
    if (!db)
        return db.status();
    p.db = std::move(*db);
    p.audit = std::make_unique<AuditLog>(*p.db, *p.clock);
    p.accounts = std::make_unique<AccountService>(*p.db, *p.audit, *p.clock);
    p.calendar = std::make_unique<WorkingCalendar>(*p.db, *p.audit);
    p.modules = std::make_unique<ModuleManager>();

    QList<Migration> migrations = coreMigrations();
    if (options.loadModules) {
        p.modules->setSearchPaths(options.pluginDirs.isEmpty() ? defaultPluginDirs() : options.pluginDirs);
        p.modules->setCapabilities({QStringLiteral("pcsc")});
        p.modules->loadAll();
        migrations += p.modules->migrations();
    }
    if (Status s = p.db->migrate(migrations); !s)
        return s;
    if (Status s = p.calendar->reload(); !s)
        return s;
    // Before the modules start their own work on the GUI connection.
    if (options.backgroundCheckpoints)
        if (Status s = ws->startBackgroundCheckpoints(); !s)
            return s;
    if (options.loadModules)
        p.modules->initializeAll(ws->context());
    return ws;
}

Database& Workstation::database()
{
    return *d->db;
}
AuditLog& Workstation::audit()
{
    return *d->audit;
}
AccountService& Workstation::accounts()
{
    return *d->accounts;
}
WorkingCalendar& Workstation::calendar()
{
    return *d->calendar;
}
ModuleManager& Workstation::modules()
{
    return *d->modules;
}
ServiceRegistry& Workstation::services()
{
    return d->services;
}
const Clock& Workstation::clock() const
{
    return *d->clock;
}

Result<Vault*> Workstation::vault()
{
    if (d->vault)
        return d->vault.get();
    std::unique_ptr<KeyEncryptionKey> kek;
    const QString dbId = d->db->meta(QStringLiteral("database_id"));
    // One owner-only key file per database, so several databases on one machine never share a key.
    const QString defaultKeyFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                   QStringLiteral("/keys/") + dbId + QStringLiteral(".key");
    QSqlQuery q = d->db->query();
    QString method;
    if (q.exec(QStringLiteral("SELECT method FROM vault_keys ORDER BY id DESC LIMIT 1")) && q.next())
        method = q.value(0).toString();
    else if (!d->options.vaultPassphrase.isEmpty())
        method = QStringLiteral("passphrase");
    else if (d->options.vaultKeyFile.isEmpty() && KeyringKek::isSupported())
        method = QStringLiteral("keyring");
    else
        method = QStringLiteral("keyfile");

    if (method == QLatin1String("passphrase")) {
        kek = std::make_unique<PassphraseKek>(d->options.vaultPassphrase);
    } else if (method == QLatin1String("keyring")) {
        kek = std::make_unique<KeyringKek>(QStringLiteral("vault-") + dbId);
    } else {
        QString path = d->options.vaultKeyFile;
        if (path.isEmpty())
            path = qEnvironmentVariable("MOTCUA_VAULT_KEYFILE");
        if (path.isEmpty())
            path = defaultKeyFile;
        kek = std::make_unique<KeyFileKek>(path);
    }
    Result<std::unique_ptr<Vault>> vault = Vault::open(*d->db, *kek);
    if (!vault && method == QLatin1String("keyring") && d->options.vaultKeyFile.isEmpty()) {
        // No usable keyring after all (locked, no Secret Service): fall back to a key file.
        QSqlQuery none = d->db->query();
        if (none.exec(QStringLiteral("SELECT COUNT(*) FROM vault_keys")) && none.next() && none.value(0).toInt() == 0) {
            KeyFileKek fallback(defaultKeyFile);
            vault = Vault::open(*d->db, fallback);
        }
    }
    if (!vault)
        return vault.status();
    d->vault = std::move(*vault);
    return d->vault.get();
}

ModuleContext Workstation::context()
{
    ModuleContext c;
    c.database = d->db.get();
    c.audit = d->audit.get();
    c.accounts = d->accounts.get();
    c.settings = d->options.settings;
    c.clock = d->clock;
    c.calendar = d->calendar.get();
    c.services = &d->services;
    c.vault = [this]() { return vault(); };
    return c;
}

WorkstationInfo Workstation::info() const
{
    WorkstationInfo info;
    QSqlQuery q = d->db->query();
    if (q.exec(QStringLiteral("SELECT key, value FROM workstation"))) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == QLatin1String("name"))
                info.workstationName = value;
            else if (key == QLatin1String("agency"))
                info.agencyName = value;
            else if (key == QLatin1String("province"))
                info.provinceCode = value;
            else if (key == QLatin1String("commune"))
                info.communeCode = value;
        }
    }
    return info;
}

Status Workstation::setInfo(const WorkstationInfo& info)
{
    if (info.workstationName.trimmed().isEmpty() || info.agencyName.trimmed().isEmpty())
        return {Status::Code::InputRejected, tr("Enter the workstation name and the agency name.")};
    Database::Transaction tx(*d->db);
    QSqlQuery q = d->db->query();
    q.prepare(QStringLiteral("INSERT INTO workstation(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                             "excluded.value"));
    const QList<QPair<QString, QString>> rows = {{QStringLiteral("name"), info.workstationName.trimmed()},
                                                 {QStringLiteral("agency"), info.agencyName.trimmed()},
                                                 {QStringLiteral("province"), info.provinceCode},
                                                 {QStringLiteral("commune"), info.communeCode}};
    for (const auto& [key, value] : rows) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (Status s = d->db->exec(q, "save workstation info"); !s)
            return s;
    }
    if (Status s = d->audit->append(
            QStringLiteral("setup"),
            {QStringLiteral("workstation.configure"), QStringLiteral("workstation"), QStringLiteral("1"), {}});
        !s)
        return s;
    return tx.commit();
}

bool Workstation::isSetUp() const
{
    return d->accounts->hasAnyUser();
}

Status Workstation::seedDemoData()
{
    const ModuleContext c = context();
    for (IModule* m : d->modules->modules())
        if (Status s = m->seedDemoData(c); !s)
            return s;
    return Status::ok();
}

} // namespace motcua
