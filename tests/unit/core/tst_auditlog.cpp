#include "AuditLog.h"
#include "Database.h"
#include "TestWorkstation.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;
using motcua::test::TestWorkstation;

class TestAuditLog : public QObject
{
    Q_OBJECT

    void fill(TestWorkstation& t, int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(t.ws->audit().append(QStringLiteral("admin"),
                                         {QStringLiteral("test.event"), QStringLiteral("thing"), QString::number(i),
                                          QJsonObject{{QStringLiteral("n"), i}}}));
    }
    void unlock(TestWorkstation& t)
    {
        // What an attacker with the sqlite3 tool would do first.
        QVERIFY(t.ws->database().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(t.ws->database().exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }
    qint64 firstBad(TestWorkstation& t)
    {
        auto r = t.ws->audit().verify();
        if (!r)
            return -2;
        return r->firstBadRowId;
    }

private slots:
    void intactChainVerifies()
    {
        TestWorkstation t;
        fill(t, 10);
        auto r = t.ws->audit().verify();
        QVERIFY(r);
        QVERIFY(r->intact());
        QCOMPARE(r->rowsChecked, 11); // + the admin's creation
    }

    void appendOnlyInTheDatabase()
    {
        TestWorkstation t;
        fill(t, 2);
        QVERIFY(!t.ws->database().exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 2")));
        QVERIFY(!t.ws->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    }

    void editedRowIsNamed()
    {
        TestWorkstation t;
        fill(t, 10);
        unlock(t);
        QVERIFY(t.ws->database().exec(QStringLiteral("UPDATE audit_log SET operator = 'someone' WHERE id = 6")));
        QCOMPARE(firstBad(t), 6);
    }

    void deletedRowIsNamed()
    {
        TestWorkstation t;
        fill(t, 10);
        unlock(t);
        QVERIFY(t.ws->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
        QCOMPARE(firstBad(t), 5);
    }

    void reorderedRowsAreNamed()
    {
        TestWorkstation t;
        fill(t, 10);
        unlock(t);
        // Swap the contents of rows 3 and 4 (ids stay in place).
        QVERIFY(t.ws->database().exec(
            QStringLiteral("UPDATE audit_log SET ts = (SELECT ts FROM audit_log b WHERE b.id = 7 - audit_log.id), "
                           "subject_id = (SELECT subject_id FROM audit_log b WHERE b.id = 7 - audit_log.id), "
                           "details = (SELECT details FROM audit_log b WHERE b.id = 7 - audit_log.id), "
                           "prev_hash = (SELECT prev_hash FROM audit_log b WHERE b.id = 7 - audit_log.id), "
                           "hash = (SELECT hash FROM audit_log b WHERE b.id = 7 - audit_log.id) WHERE id IN (3, 4)")));
        QCOMPARE(firstBad(t), 3);
    }

    void truncatedTailIsNoticed()
    {
        TestWorkstation t;
        fill(t, 10);
        unlock(t);
        QVERIFY(t.ws->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 9")));
        QCOMPARE(firstBad(t), 9);
    }

    void cliVerifyExitsFiveAndNamesTheRow()
    {
        TestWorkstation t;
        fill(t, 5);
        QProcess ok;
        ok.start(QStringLiteral(MOTCUA_CLI), {QStringLiteral("db"), QStringLiteral("verify"), QStringLiteral("--db"),
                                              t.dbPath(), QStringLiteral("--json")});
        QVERIFY(ok.waitForFinished(20000));
        QCOMPARE(ok.exitCode(), 0);
        QVERIFY(ok.readAllStandardOutput().contains("\"intact\""));

        unlock(t);
        QVERIFY(t.ws->database().exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = 3")));
        QProcess bad;
        bad.start(QStringLiteral(MOTCUA_CLI), {QStringLiteral("db"), QStringLiteral("verify"), QStringLiteral("--db"),
                                               t.dbPath(), QStringLiteral("--json")});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 5);
        const QByteArray out = bad.readAllStandardOutput();
        QVERIFY2(out.contains("\"firstBadRow\": 3"), out.constData());
        QVERIFY(out.contains("\"broken\""));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
