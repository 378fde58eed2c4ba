#include "AccountService.h"
#include "AuditLog.h"
#include "Database.h"
#include "TestWorkstation.h"

#include <QSqlQuery>
#include <QTest>

using namespace motcua;
using motcua::test::TestWorkstation;

class TestAccounts : public QObject
{
    Q_OBJECT

    QString lastAuditAction(TestWorkstation& t)
    {
        QSqlQuery q = t.ws->database().query();
        q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"));
        q.next();
        return q.value(0).toString();
    }

private slots:
    void adminSignsIn()
    {
        TestWorkstation t;
        auto s = t.ws->accounts().authenticate(QStringLiteral(" Admin "), QStringLiteral("Admin@12345"));
        QVERIFY(s);
        QCOMPARE(s->role(), QStringLiteral("admin"));
        QVERIFY(s->has(perm::AccountsManage));
        QCOMPARE(lastAuditAction(t), QStringLiteral("login"));
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        TestWorkstation t;
        auto wrong = t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("nope-nope"));
        auto unknown = t.ws->accounts().authenticate(QStringLiteral("ghost"), QStringLiteral("nope-nope"));
        QVERIFY(!wrong && !unknown);
        QCOMPARE(wrong.status().message(), unknown.status().message());
        QCOMPARE(wrong.status().code(), Status::Code::PermissionDenied);
        QCOMPARE(lastAuditAction(t), QStringLiteral("login.failed"));
    }

    void fiveWrongPasswordsLockForFifteenMinutes()
    {
        TestWorkstation t;
        for (int i = 0; i < 4; ++i)
            QVERIFY(!t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("bad-password")));
        auto fifth = t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("bad-password"));
        QVERIFY(fifth.status().message().contains(QLatin1String("locked")));
        // Even the right password is refused while locked.
        auto locked = t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("Admin@12345"));
        QVERIFY(!locked);
        QVERIFY2(locked.status().message().contains(QLatin1String("15 minute")), qPrintable(locked.status().message()));
        t.clock.advanceSecs(14 * 60);
        QVERIFY(!t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("Admin@12345")));
        t.clock.advanceSecs(61);
        QVERIFY(t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("Admin@12345")));
    }

    void successResetsTheFailureCount()
    {
        TestWorkstation t;
        for (int i = 0; i < 4; ++i)
            QVERIFY(!t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("bad-password")));
        QVERIFY(t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("Admin@12345")));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("bad-password")));
        QVERIFY(t.ws->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("Admin@12345")));
    }

    void disabledUserIsRefused()
    {
        TestWorkstation t;
        const Session admin = t.admin();
        QVERIFY(t.ws->accounts().addUser(admin, QStringLiteral("letan"), QStringLiteral("Lễ Tân"),
                                         QStringLiteral("frontdesk"), QStringLiteral("Frontdesk@1")));
        QVERIFY(t.ws->accounts().setDisabled(admin, QStringLiteral("letan"), true));
        auto s = t.ws->accounts().authenticate(QStringLiteral("letan"), QStringLiteral("Frontdesk@1"));
        QVERIFY(!s);
        QVERIFY(s.status().message().contains(QLatin1String("disabled")));
        QVERIFY(t.ws->accounts().setDisabled(admin, QStringLiteral("letan"), false));
        QVERIFY(t.ws->accounts().authenticate(QStringLiteral("letan"), QStringLiteral("Frontdesk@1")));
    }

    void permissionsAreCheckedInTheLibrary()
    {
        TestWorkstation t;
        const Session admin = t.admin();
        QVERIFY(t.ws->accounts().addUser(admin, QStringLiteral("letan"), {}, QStringLiteral("frontdesk"),
                                         QStringLiteral("Frontdesk@1")));
        auto frontdesk = t.ws->accounts().authenticate(QStringLiteral("letan"), QStringLiteral("Frontdesk@1"));
        QVERIFY(frontdesk);
        Status s = t.ws->accounts().addUser(*frontdesk, QStringLiteral("evil"), {}, QStringLiteral("admin"),
                                            QStringLiteral("Whatever@1"));
        QCOMPARE(s.code(), Status::Code::PermissionDenied);
        QVERIFY(!t.ws->accounts().listUsers(*frontdesk));
        QCOMPARE(t.ws->accounts().setDisabled(*frontdesk, QStringLiteral("admin"), true).code(),
                 Status::Code::PermissionDenied);
        // ... but anyone may change their own password.
        QVERIFY(t.ws->accounts().setPassword(*frontdesk, QStringLiteral("letan"), QStringLiteral("NewFront@2")));
        QVERIFY(t.ws->accounts().authenticate(QStringLiteral("letan"), QStringLiteral("NewFront@2")));
        QCOMPARE(t.ws->accounts().setPassword(*frontdesk, QStringLiteral("admin"), QStringLiteral("Hijack@123")).code(),
                 Status::Code::PermissionDenied);
    }

    void badInputIsRejected()
    {
        TestWorkstation t;
        const Session admin = t.admin();
        auto& acc = t.ws->accounts();
        QCOMPARE(
            acc.addUser(admin, QStringLiteral("x"), {}, QStringLiteral("admin"), QStringLiteral("Password1")).code(),
            Status::Code::InputRejected);
        QCOMPARE(acc.addUser(admin, QStringLiteral("nguyễn"), {}, QStringLiteral("admin"), QStringLiteral("Password1"))
                     .code(),
                 Status::Code::InputRejected);
        QCOMPARE(
            acc.addUser(admin, QStringLiteral("bob"), {}, QStringLiteral("king"), QStringLiteral("Password1")).code(),
            Status::Code::InputRejected);
        QCOMPARE(
            acc.addUser(admin, QStringLiteral("bob"), {}, QStringLiteral("police"), QStringLiteral("short")).code(),
            Status::Code::InputRejected);
        QVERIFY(acc.addUser(admin, QStringLiteral("bob"), {}, QStringLiteral("police"), QStringLiteral("Password1")));
        QCOMPARE(
            acc.addUser(admin, QStringLiteral("BOB"), {}, QStringLiteral("police"), QStringLiteral("Password1")).code(),
            Status::Code::InputRejected);
        QCOMPARE(acc.createFirstAdmin(QStringLiteral("second"), {}, QStringLiteral("Password1")).code(),
                 Status::Code::PermissionDenied);
    }

    void passwordsAreStoredAsArgon2id()
    {
        TestWorkstation t;
        QSqlQuery q = t.ws->database().query();
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE username = 'admin'")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!q.value(0).toString().contains(QLatin1String("Admin@12345")));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
