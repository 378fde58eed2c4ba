#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        qunsetenv("MOTCUA_LANGUAGE");
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.language(), QStringLiteral("vi"));
        QCOMPARE(s.idleLockMinutes(), 10);
        QVERIFY(s.databasePath().endsWith(QLatin1String("/motcua.sqlite")));
    }

    void badValuesFallBackToDefaults()
    {
        QTemporaryDir dir;
        qunsetenv("MOTCUA_LANGUAGE");
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ui]\nlanguage=klingon\n[security]\nidleLockMinutes=-5\nvaultKeyFile=relative/key\n"
                "[storage]\ndatabasePath=../../etc/passwd\n[modules]\nextraDirs=/opt/x, rel\n\x01\x02 garbage line\n");
        f.close();
        Settings s(path);
        QCOMPARE(s.language(), QStringLiteral("vi"));
        QCOMPARE(s.idleLockMinutes(), 10);
        QVERIFY(s.vaultKeyFile().isEmpty());
        QVERIFY(s.databasePath().endsWith(QLatin1String("/motcua.sqlite")));
        QCOMPARE(s.extraPluginDirs(), QStringList{QStringLiteral("/opt/x")});
    }

    void valuesRoundTrip()
    {
        QTemporaryDir dir;
        qunsetenv("MOTCUA_LANGUAGE");
        {
            Settings s(dir.filePath(QStringLiteral("s.ini")));
            s.setLanguage(QStringLiteral("en"));
            s.setIdleLockMinutes(1000);
        }
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.idleLockMinutes(), 240);
        qputenv("MOTCUA_LANGUAGE", "vi");
        QCOMPARE(s.language(), QStringLiteral("vi"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
