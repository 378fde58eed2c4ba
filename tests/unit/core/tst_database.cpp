#include "Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace motcua;

class TestDatabase : public QObject
{
    Q_OBJECT

    QByteArray fileHash(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    QList<Migration> sampleMigrations()
    {
        return {
            {QStringLiteral("m"), 1, QStringLiteral("t"), {QStringLiteral("CREATE TABLE t (x INTEGER)")}, {}},
            {QStringLiteral("m"), 2, QStringLiteral("t.y"), {QStringLiteral("ALTER TABLE t ADD COLUMN y TEXT")}, {}}};
    }

private slots:
    void pragmasAreSet()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db);
        QSqlQuery q = (*db)->query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
    }

    void migrationsRunOnceInOrder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db);
        auto list = sampleMigrations();
        std::reverse(list.begin(), list.end()); // order given must not matter
        QVERIFY((*db)->migrate(list));
        QCOMPARE((*db)->schemaVersions().value(QStringLiteral("m")), 2);
        QVERIFY((*db)->migrate(list)); // second run: nothing to do, no "duplicate column" error
        QSqlQuery q = (*db)->query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t(x, y) VALUES(1, 'a')")));
    }

    void failedMigrationRollsBackAndNamesStep()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(db);
        QVERIFY((*db)->migrate(sampleMigrations().mid(0, 1)));
        Migration bad{QStringLiteral("m"),
                      2,
                      QStringLiteral("broken step"),
                      {QStringLiteral("CREATE TABLE half (x)"), QStringLiteral("THIS IS NOT SQL")},
                      {}};
        Status s = (*db)->migrate({sampleMigrations().at(0), bad});
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("\"m\"")) && s.message().contains(QLatin1String("2")),
                 qPrintable(s.message()));
        QCOMPARE((*db)->schemaVersions().value(QStringLiteral("m")), 1);
        QSqlQuery q = (*db)->query();
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM half"))); // first statement rolled back too
    }

    void newerModuleSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY((*db)->migrate(sampleMigrations()));
            QSqlQuery q = (*db)->query();
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_versions SET version = 7 WHERE module = 'm'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, false);
        QVERIFY(db);
        Status s = (*db)->migrate(
            sampleMigrations() +
            QList<Migration>{
                {QStringLiteral("other"), 1, QStringLiteral("o"), {QStringLiteral("CREATE TABLE o (x)")}, {}}});
        QVERIFY(!s);
        QVERIFY(s.message().contains(QLatin1String("newer")));
        db->reset();
        QCOMPARE(fileHash(path), before);
    }

    void newerFormatIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY((*db)->setMeta(QStringLiteral("format_version"), QStringLiteral("99")));
            QSqlQuery q = (*db)->query();
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, false);
        QVERIFY(!db);
        QVERIFY(db.status().message().contains(QLatin1String("newer")));
        QCOMPARE(fileHash(path), before);
    }

    void corruptFileGetsClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path, false);
        QVERIFY(!db);
        QVERIFY2(db.status().message().contains(QLatin1String("damaged")), qPrintable(db.status().message()));
        QCOMPARE(QFileInfo(path).size(), 8192); // never "repaired" by overwriting
    }

    void readOnlyFolderGetsClearMessage()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        if (geteuid() != 0) {
            auto db = Database::open(path);
            QVERIFY(!db);
            QVERIFY2(db.status().message().contains(QLatin1String("read-only")), qPrintable(db.status().message()));
        } else {
            // Root may write anywhere: check as an unprivileged user through the CLI instead.
            QProcess cli;
            cli.start(QStringLiteral("setpriv"),
                      {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), QStringLiteral(MOTCUA_CLI), QStringLiteral("db"),
                       QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--admin"),
                       QStringLiteral("admin"), QStringLiteral("--password-stdin")});
            cli.write("Admin@12345\n");
            cli.closeWriteChannel();
            QVERIFY(cli.waitForFinished(20000));
            QCOMPARE(cli.exitCode(), 1);
            QVERIFY2(cli.readAllStandardError().contains("read-only"), "no read-only message");
        }
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void missingFileIsNotCreatedWithoutAsking()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("none.sqlite")), false);
        QVERIFY(!db);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(
                QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, batch INTEGER, payload BLOB)")));
        }
        QProcess writer;
        writer.start(QStringLiteral(MOTCUA_TEST_WRITER), {path});
        QVERIFY(writer.waitForReadyRead(10000));
        QVERIFY(writer.readAll().contains("committed"));
        QTest::qWait(300);
        writer.kill(); // SIGKILL in the middle of a transaction
        writer.waitForFinished();
        auto db = Database::open(path, false);
        QVERIFY(db);
        QSqlQuery q = (*db)->query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        // Whole batches only: a killed transaction leaves no half batch behind.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT batch) FROM items")) && q.next());
        QVERIFY(q.value(1).toInt() >= 1);
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt() * 200);
    }

    void nestedTransactionsUseSavepoints()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (x)")));
        {
            Database::Transaction outer(**db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES(1)")));
            {
                Database::Transaction inner(**db);
                QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES(2)")));
                // not committed: rolled back to the savepoint
            }
            QVERIFY(outer.commit());
        }
        QSqlQuery q = (*db)->query();
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(x) FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
