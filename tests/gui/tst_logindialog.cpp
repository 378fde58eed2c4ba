// Sign-in failures each show the core's own sentence, the user name stays, and success returns a session.
#include "AccountService.h"
#include "Clock.h"
#include "Database.h"
#include "InlineMessage.h"
#include "Settings.h"
#include "ShellDriver.h"
#include "Workstation.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::shell;
using namespace ShellDriver;

namespace {
const QString kPassword = QStringLiteral("correct horse 1");
}

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureMessages();
    void emptyFieldsAreAskedFor();
    void successReturnsSession();

private:
    QString attempt(const QString& username, const QString& password);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<LoginDialog> m_login;
};

void TestLoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("motcua.ini")));
    WorkstationOptions options;
    options.databasePath = m_dir.filePath(QStringLiteral("motcua.sqlite"));
    options.create = true;
    options.loadModules = false;
    options.settings = m_settings.get();
    auto ws = Workstation::open(options);
    QVERIFY2(ws, qPrintable(ws.status().message()));
    m_ws = std::move(ws.value());
    AccountService& accounts = m_ws->accounts();
    QVERIFY(accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), kPassword));
    const Session admin = Session::system();
    QVERIFY(accounts.addUser(admin, QStringLiteral("tran.c"), QStringLiteral("Trần C"), QStringLiteral("frontdesk"),
                             kPassword));
    QVERIFY(accounts.setDisabled(admin, QStringLiteral("tran.c"), true));
    QVERIFY(accounts.addUser(admin, QStringLiteral("pham.d"), QStringLiteral("Phạm D"), QStringLiteral("analyst"),
                             kPassword));
    m_login = std::make_unique<LoginDialog>(m_ws->database().path(), m_ws->clock(), QStringLiteral("Quầy 1"));
    m_login->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_login.get()));
}

QString TestLoginDialog::attempt(const QString& username, const QString& password)
{
    auto* message = child<InlineMessage>(m_login.get(), "loginMessage");
    message->clear();
    signIn(m_login.get(), username, password);
    if (!QTest::qWaitFor([&] { return !m_login->isBusy() && message->isVisible(); }, 5000))
        return QStringLiteral("<no message>");
    return message->text();
}

void TestLoginDialog::failureMessages()
{
    const QString wrong = attempt(QStringLiteral("admin"), QStringLiteral("not the password"));
    QVERIFY(wrong.contains(QStringLiteral("wrong")));
    QCOMPARE(child<QLineEdit>(m_login.get(), "usernameEdit")->text(), QStringLiteral("admin"));

    // An unknown user gets the very same sentence, so names cannot be probed.
    QCOMPARE(attempt(QStringLiteral("nobody"), QStringLiteral("whatever 123")), wrong);
    QCOMPARE(child<QLineEdit>(m_login.get(), "usernameEdit")->text(), QStringLiteral("nobody"));

    const QString disabled = attempt(QStringLiteral("tran.c"), kPassword);
    QVERIFY(disabled.contains(QStringLiteral("disabled")));
    QCOMPARE(child<QLineEdit>(m_login.get(), "usernameEdit")->text(), QStringLiteral("tran.c"));

    QString last;
    for (int i = 0; i < AccountService::kMaxFailedAttempts; ++i)
        last = attempt(QStringLiteral("pham.d"), QStringLiteral("guess %1").arg(i));
    QVERIFY2(last.contains(QStringLiteral("locked")), qPrintable(last));
    // Even the right password is refused now, with the time left.
    const QString locked = attempt(QStringLiteral("pham.d"), kPassword);
    QVERIFY2(locked.contains(QStringLiteral("locked")) && locked.contains(QStringLiteral("15 minute")),
             qPrintable(locked));
    QCOMPARE(child<QLineEdit>(m_login.get(), "usernameEdit")->text(), QStringLiteral("pham.d"));

    QVERIFY(wrong != disabled && wrong != locked && disabled != locked);
    QVERIFY(!m_login->session());
    QVERIFY(m_login->isVisible());
}

void TestLoginDialog::emptyFieldsAreAskedFor()
{
    QCOMPARE(attempt(QString(), QString()), QStringLiteral("Enter your user name."));
    QCOMPARE(attempt(QStringLiteral("admin"), QString()), QStringLiteral("Enter your password."));
}

void TestLoginDialog::successReturnsSession()
{
    QSignalSpy accepted(m_login.get(), &QDialog::accepted);
    signIn(m_login.get(), QStringLiteral("  Admin "), kPassword);
    QTRY_COMPARE(accepted.size(), 1);
    QVERIFY(m_login->session());
    QCOMPARE(m_login->session()->username(), QStringLiteral("admin"));
    QCOMPARE(m_login->session()->displayName(), QStringLiteral("Quản trị"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
