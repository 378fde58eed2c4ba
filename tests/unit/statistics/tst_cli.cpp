#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The `motcua-cli stats` contract end to end: generate, import (all-or-nothing, --partial, --json),
/// summary against the independent Python recount, operators and permissions, exit codes.
class TestStatisticsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QByteArray out, err;
    };
    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path()); // vault key files and settings stay in the temp dir
        env.insert(QStringLiteral("MOTCUA_LANGUAGE"), QStringLiteral("en")); // messages checked below are English
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUA_TEST_BINARY_DIR "/bin/motcua-cli"), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString path(const char* name) { return m_dir.filePath(QString::fromLatin1(name)); }
    QJsonObject recount(const QString& csv, const QStringList& extra)
    {
        QProcess py;
        py.start(QStringLiteral("python3"), QStringList{QStringLiteral(MOTCUA_STATS_RECOUNT), csv} + extra);
        py.waitForFinished(60000);
        return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
    }

private slots:
    void generateImportSummary()
    {
        const QString csv = path("a.csv"), db = path("a.sqlite");
        Run g =
            cli({QStringLiteral("stats"), QStringLiteral("generate"), QStringLiteral("--residents"),
                 QStringLiteral("4000"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), csv});
        QCOMPARE(g.code, 0);
        Run i = cli({QStringLiteral("stats"), QStringLiteral("import"), QStringLiteral("--db"), db, csv,
                     QStringLiteral("--json")});
        QVERIFY2(i.code == 0, i.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(i.out).object();
        QCOMPARE(counts.value(QStringLiteral("imported")).toInteger(), 4000);
        QCOMPARE(counts.value(QStringLiteral("rejected")).toInteger(), 0);
        for (const QStringList& filter :
             {QStringList{}, QStringList{QStringLiteral("--province"), QStringLiteral("01")}}) {
            Run s = cli(QStringList{QStringLiteral("stats"), QStringLiteral("summary"), QStringLiteral("--db"), db,
                                    QStringLiteral("--as-of"), QStringLiteral("2025-07-01"), QStringLiteral("--json")} +
                        filter);
            QVERIFY2(s.code == 0, s.err.constData());
            QCOMPARE(QJsonDocument::fromJson(s.out).object(),
                     recount(csv, QStringList{QStringLiteral("2025-07-01")} + filter));
        }
        // A second import of the same file: every row is a duplicate, nothing stored, exit 8.
        Run again = cli({QStringLiteral("stats"), QStringLiteral("import"), QStringLiteral("--db"), db, csv,
                         QStringLiteral("--json")});
        QCOMPARE(again.code, 8);
        QVERIFY(again.err.contains("line 2:"));
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("imported")).toInteger(), 0);
    }

    void badCodesAndUsage()
    {
        const QString db = path("b.sqlite");
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("summary"), QStringLiteral("--db"), db,
                      QStringLiteral("--ward"), QStringLiteral("00004"), QStringLiteral("--province"),
                      QStringLiteral("79"), QStringLiteral("--json")})
                     .code,
                 8);
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("summary"), QStringLiteral("--db"), db,
                      QStringLiteral("--as-of"), QStringLiteral("2025-02-30"), QStringLiteral("--json")})
                     .code,
                 8);
        QCOMPARE(
            cli({QStringLiteral("stats"), QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("1")})
                .code,
            2);
    }

    void operatorsNeedThePermission()
    {
        const QString db = path("c.sqlite");
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db,
                      QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                     "Admin@12345\n")
                     .code,
                 0);
        for (const char* role : {"analyst", "frontdesk"})
            QCOMPARE(
                cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                     QStringLiteral("admin"), QStringLiteral("--user"), QString::fromLatin1(role),
                     QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--password-stdin")},
                    "Admin@12345\nUser@123456\n")
                    .code,
                0);
        const QStringList summary = {QStringLiteral("stats"), QStringLiteral("summary"), QStringLiteral("--db"), db,
                                     QStringLiteral("--json")};
        QCOMPARE(cli(summary).code, 7);
        QCOMPARE(cli(summary + QStringList{QStringLiteral("--as"), QStringLiteral("frontdesk")}, "User@123456\n").code,
                 7);
        Run ok = cli(summary + QStringList{QStringLiteral("--as"), QStringLiteral("analyst")}, "User@123456\n");
        QVERIFY2(ok.code == 0, ok.err.constData());
        QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("total")).toInteger(), 0);

        // The host grants statistics.import to analysts from the module's metadata (the module itself
        // grants nothing): an analyst imports, a front desk operator may not.
        QFile csv(path("one.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id_number,full_name,date_of_birth,sex,ethnicity,religion,province_code,ward_code,"
                  "residence_type,household_id,card_issued\n"
                  "001090000001,Nguyễn Văn A,1990-05-01,M,Kinh,Không,01,00004,permanent,HK1,\n");
        csv.close();
        const QStringList import = {QStringLiteral("stats"), QStringLiteral("import"), QStringLiteral("--db"), db,
                                    csv.fileName(),          QStringLiteral("--json"), QStringLiteral("--as")};
        QCOMPARE(cli(import + QStringList{QStringLiteral("frontdesk")}, "User@123456\n").code, 7);
        Run imported = cli(import + QStringList{QStringLiteral("analyst")}, "User@123456\n");
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("imported")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsCli)
#include "tst_cli.moc"
