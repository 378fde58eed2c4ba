#include "Database.h"
#include "ModuleManager.h"
#include "Permissions.h"
#include "ServiceRegistry.h"
#include "TestWorkstation.h"

#include <QSqlQuery>
#include <QTest>
#include <QtPlugin>

Q_IMPORT_PLUGIN(StaticSampleModule)

using namespace motcua;
using motcua::test::TestWorkstation;

class TestModuleManager : public QObject
{
    Q_OBJECT

    static ModuleSpec specOf(const ModuleManager& m, const QString& id)
    {
        for (const ModuleSpec& s : m.specs())
            if (s.id == id)
                return s;
        return {};
    }

private slots:
    void loadsGoodModulesAndSkipsBrokenOnesWithReasons()
    {
        ModuleManager m;
        m.setSearchPaths({QStringLiteral(MOTCUA_TEST_PLUGIN_DIR), QStringLiteral("/nonexistent/modules")});
        m.setCapabilities({QStringLiteral("pcsc")});
        m.loadAll();

        QCOMPARE(specOf(m, QStringLiteral("teststatic")).state, ModuleSpec::State::Loaded);
        QCOMPARE(specOf(m, QStringLiteral("sample")).state, ModuleSpec::State::Loaded);
        QCOMPARE(specOf(m, QStringLiteral("sample")).version, QVersionNumber(1, 2, 3));
        const ModuleSpec old = specOf(m, QStringLiteral("oldapi"));
        QCOMPARE(old.state, ModuleSpec::State::Skipped);
        QVERIFY2(old.skipReason.contains(QLatin1String("interface 99")), qPrintable(old.skipReason));
        const ModuleSpec needs = specOf(m, QStringLiteral("needsdep"));
        QCOMPARE(needs.state, ModuleSpec::State::Skipped);
        QVERIFY(needs.skipReason.contains(QLatin1String("nonexistent")));
        bool sawBadMeta = false;
        for (const ModuleSpec& s : m.specs())
            if (s.fileName.contains(QLatin1String("badmeta"))) {
                sawBadMeta = true;
                QCOMPARE(s.state, ModuleSpec::State::Skipped);
                QVERIFY(s.skipReason.contains(QLatin1String("malformed")));
            }
        QVERIFY(sawBadMeta);
        const QString warnings = m.warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("libgarbage.so")), qPrintable(warnings));
        QVERIFY(warnings.contains(QLatin1String("/nonexistent/modules")));
        // Dependency order: the static module comes before the one that needs it.
        QCOMPARE(m.modules().size(), 2);
        QCOMPARE(m.specs().at(0).id, QStringLiteral("teststatic"));
        // Permissions from metadata reach the roles.
        QVERIFY(Roles::permissionsOf(QStringLiteral("frontdesk")).contains(QStringLiteral("sample.use")));
        QVERIFY(!Roles::permissionsOf(QStringLiteral("auditor")).contains(QStringLiteral("sample.use")));
    }

    void missingCapabilitySkipsTheModule()
    {
        ModuleManager m;
        m.setSearchPaths({QStringLiteral(MOTCUA_TEST_PLUGIN_DIR)});
        m.setCapabilities({});
        m.loadAll();
        QCOMPARE(specOf(m, QStringLiteral("sample")).state, ModuleSpec::State::Skipped);
        QVERIFY(specOf(m, QStringLiteral("sample")).skipReason.contains(QLatin1String("pcsc")));
        QCOMPARE(specOf(m, QStringLiteral("teststatic")).state, ModuleSpec::State::Loaded);
    }

    void workstationRunsModuleMigrationsServicesAndDemoData()
    {
        TestWorkstation t(true, {QStringLiteral(MOTCUA_TEST_PLUGIN_DIR)});
        const auto versions = t.ws->database().schemaVersions();
        QCOMPARE(versions.value(QStringLiteral("samplemodule")), 2);
        QCOMPARE(versions.value(QStringLiteral("staticsamplemodule")), 2);
        QCOMPARE(versions.value(QStringLiteral("core")), 1);
        QVERIFY(t.ws->services().object(QStringLiteral("samplemodule")));
        QCOMPARE(specOf(t.ws->modules(), QStringLiteral("sample")).state, ModuleSpec::State::Initialized);
        QVERIFY(t.ws->seedDemoData());
        QSqlQuery q = t.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM samplemodule_items")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModuleManager)
#include "tst_modulemanager.moc"
