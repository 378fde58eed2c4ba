#pragma once

#include "AccountService.h"
#include "Clock.h"
#include "Workstation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace motcua::test {

/// A workstation on a fresh database in a temporary folder, with a manual clock and a key-file vault.
struct TestWorkstation
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    std::unique_ptr<Workstation> ws;

    explicit TestWorkstation(bool withAdmin = true, const QStringList& pluginDirs = {QStringLiteral("/nonexistent")})
    {
        WorkstationOptions o;
        o.databasePath = dbPath();
        o.create = true;
        o.clock = &clock;
        o.pluginDirs = pluginDirs;
        o.vaultKeyFile = dir.filePath(QStringLiteral("keys/vault.key"));
        auto r = Workstation::open(o);
        if (!r)
            qFatal("cannot open test workstation: %s", qPrintable(r.status().message()));
        ws = std::move(*r);
        if (withAdmin && !ws->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"),
                                                          QStringLiteral("Admin@12345")))
            qFatal("cannot create admin");
    }
    QString dbPath() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    Session admin()
    {
        auto s = ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("Admin@12345"));
        if (!s)
            qFatal("admin login failed");
        return *s;
    }
};

} // namespace motcua::test
