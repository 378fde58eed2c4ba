// The whole shell as a user meets it: setup wizard, sign-in, every page, idle lock, unlock, quit.
#include "AccountService.h"
#include "CardStatusIndicator.h"
#include "CurrentOperator.h"
#include "Database.h"
#include "DiagnosticsReport.h"
#include "GeneralSettingsPage.h"
#include "IdleWatcher.h"
#include "InlineMessage.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "ModuleManager.h"
#include "ModuleUiCatalog.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "ShellController.h"
#include "ShellDriver.h"

#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtPlugin>

Q_IMPORT_PLUGIN(GuiSampleModule)

using namespace motcua;
using namespace motcua::shell;
using namespace ShellDriver;

namespace {
const QString kPassword = QStringLiteral("mật khẩu đúng 1");
const QString kWrongMessage = QStringLiteral("The user name or password is wrong. Check them and try again.");
} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardCreatesDatabase();
    void signInKeepsUserNameOnFailure();
    void mainWindowShowsOperatorAndEveryPage();
    void idleLockHidesWorkAndKeepsIt();
    void lockScreenNeedsTheSamePassword();
    void settingsAndDiagnostics();
    void pagesNeedTheirPermission();
    void switchUserSignsOut();
    void quitEndsTheShell();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ShellController> m_shell;
    QString m_dbPath;

    CurrentOperator* currentOperator() const
    {
        return m_shell->workstation()->services().get<CurrentOperator>(CurrentOperator::kServiceName);
    }
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("motcua.sqlite"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("motcua.ini")));
    ShellController::Options options;
    options.databasePath = m_dbPath;
    options.pluginDirs = {m_dir.filePath(QStringLiteral("no-plugins"))}; // only the static sample module
    options.monitorCards = false;
    m_shell = std::make_unique<ShellController>(*m_settings, options);
}

void TestShell::wizardCreatesDatabase()
{
    QVERIFY(!QFile::exists(m_dbPath));
    QVERIFY(m_shell->start());
    SetupWizard* wizard = m_shell->setupWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    fillPlacePage(wizard);
    auto* communes = child<SearchableComboBox>(wizard, "communeCombo");
    QVERIFY(communes->isEnabled());
    QVERIFY(communes->count() > 50); // Hà Nội's communes and wards
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    fillAdminPage(wizard, QStringLiteral("short"));
    auto* hint = child<InlineMessage>(wizard, "adminHint");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("at least")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    type(wizard, "adminPasswordEdit", kPassword);
    type(wizard, "adminPasswordConfirmEdit", kPassword + QStringLiteral("x"));
    QVERIFY(hint->text().contains(QStringLiteral("different")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    fillAdminPage(wizard, kPassword);
    QVERIFY(!hint->isVisible());
    wizard->next();

    auto* summary = child<QLabel>(wizard, "setupSummary");
    QVERIFY(summary->text().contains(QStringLiteral("Phường Ba Đình")));
    QVERIFY(summary->text().contains(QStringLiteral("Hà Nội")));
    wizard->button(QWizard::FinishButton)->click();

    QTRY_VERIFY(m_shell->loginDialog());
    QVERIFY(QFile::exists(m_dbPath));
    Workstation* ws = m_shell->workstation();
    QVERIFY(ws);
    QVERIFY(ws->isSetUp());
    const WorkstationInfo info = ws->info();
    QCOMPARE(info.workstationName, QStringLiteral("Quầy 1"));
    QCOMPARE(info.agencyName, QStringLiteral("UBND phường Ba Đình"));
    QCOMPARE(info.provinceCode, QStringLiteral("01"));
    QCOMPARE(info.communeCode, QStringLiteral("00004"));
    auto users = ws->accounts().listUsers(Session::system());
    QVERIFY(users);
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().username, QStringLiteral("admin"));
    QCOMPARE(users->first().displayName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(users->first().role, QStringLiteral("admin"));
}

void TestShell::signInKeepsUserNameOnFailure()
{
    LoginDialog* login = m_shell->loginDialog();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    QCOMPARE(child<QLineEdit>(login, "usernameEdit")->text(), QStringLiteral("admin")); // from the wizard

    signIn(login, QStringLiteral("admin"), QStringLiteral("wrong password"));
    QVERIFY(child<QWidget>(login, "busyIndicator")->isVisible() || !login->isBusy());
    auto* message = child<InlineMessage>(login, "loginMessage");
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), kWrongMessage);
    QCOMPARE(child<QLineEdit>(login, "usernameEdit")->text(), QStringLiteral("admin"));
    QVERIFY(child<QLineEdit>(login, "passwordEdit")->text().isEmpty());
    QVERIFY(!m_shell->mainWindow());

    type(login, "passwordEdit", kPassword);
    QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return); // Enter signs in
    QTRY_VERIFY(m_shell->mainWindow());
}

void TestShell::mainWindowShowsOperatorAndEveryPage()
{
    MainWindow* window = m_shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(child<QLabel>(window, "operatorLabel")->text(), QStringLiteral("Nguyễn Văn An"));
    QVERIFY(child<QLabel>(window, "roleLabel")->text().contains(Roles::displayName(QStringLiteral("admin"))));
    QVERIFY(child<QLabel>(window, "databaseLabel")->toolTip().contains(m_dbPath));
    QVERIFY(currentOperator() && currentOperator()->isSignedIn());
    QCOMPARE(currentOperator()->session().username(), QStringLiteral("admin"));
    QVERIFY(child<CardStatusIndicator>(window, "cardStatus")->isVisible());
    QCOMPARE(child<CardStatusIndicator>(window, "cardStatus")->state(), CardStatusIndicator::State::NoService);
    QCOMPARE(child<QLabel>(window, "homeOperatorLabel")->text().left(13), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(child<QLabel>(window, "homeWorkstationLabel")->text(), QStringLiteral("Quầy 1"));
    QVERIFY(child<QLabel>(window, "homeCommuneLabel")->text().contains(QStringLiteral("Phường Ba Đình")));

    const QStringList expected = {QStringLiteral("home"), QStringLiteral("guisample.desk"),
                                  QStringLiteral("guisample.records")};
    QCOMPARE(window->pageIds(), expected);
    QVERIFY(!window->pageWidget(QStringLiteral("guisample.desk"))); // created on first visit only
    auto* navigation = child<QListWidget>(window, "navigation");
    for (int row = navigation->count() - 1; row >= 0; --row) {
        navigation->setCurrentRow(row);
        QWidget* page = window->pageWidget(expected.at(row));
        QVERIFY2(page, qPrintable(expected.at(row)));
        QVERIFY(page->isVisible());
    }
    QVERIFY(window->openPage(QStringLiteral("guisample.desk")));
    QVERIFY(!window->openPage(QStringLiteral("no.such.page")));

    // The home page's shortcuts open their page.
    QVERIFY(window->openPage(QStringLiteral("home")));
    child<QToolButton>(window, "homeShortcut_guisample.records")->click();
    QVERIFY(window->pageWidget(QStringLiteral("guisample.records"))->isVisible());
}

void TestShell::idleLockHidesWorkAndKeepsIt()
{
    MainWindow* window = m_shell->mainWindow();
    QVERIFY(window->openPage(QStringLiteral("guisample.desk")));
    auto* draft = child<QLineEdit>(window, "draftEdit");
    QVERIFY(draft);
    draft->setFocus();
    typeText(draft, QStringLiteral("hồ sơ đang nhập"));

    auto* dialog = new QDialog(window); // a module's dialog, still open when the operator walks away
    dialog->setObjectName(QStringLiteral("moduleDialog"));
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    window->idleWatcher()->setTimeout(100);
    QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 3000);
    QVERIFY(!dialog->isVisible());
    QVERIFY(currentOperator()->isLocked());
    QVERIFY(child<LockScreen>(window, "lockScreen")->isVisible());
    QVERIFY(!child<QWidget>(window, "content")->isVisible());
    QVERIFY(!draft->isVisible());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("settingsAction"))->isEnabled());
    QCOMPARE(draft->text(), QStringLiteral("hồ sơ đang nhập"));
    QVERIFY(child<QLabel>(window, "lockOperatorLabel")->text().contains(QStringLiteral("Nguyễn Văn An")));
}

void TestShell::lockScreenNeedsTheSamePassword()
{
    MainWindow* window = m_shell->mainWindow();
    auto* password = child<QLineEdit>(window, "lockPasswordEdit");
    QTest::keyClicks(password, QStringLiteral("not my password"));
    QTest::keyClick(password, Qt::Key_Return);
    auto* message = child<InlineMessage>(window, "lockMessage");
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), kWrongMessage);
    QVERIFY(window->isLocked());

    typeText(password, kPassword);
    child<QPushButton>(window, "unlockButton")->click();
    QTRY_VERIFY(!window->isLocked());
    auto* draft = child<QLineEdit>(window, "draftEdit");
    QVERIFY(draft->isVisible());
    QCOMPARE(draft->text(), QStringLiteral("hồ sơ đang nhập"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("settingsAction"))->isEnabled());
    auto* dialog = child<QDialog>(window, "moduleDialog");
    QVERIFY(dialog->isVisible()); // back, still open
    QVERIFY(!currentOperator()->isLocked());
    dialog->reject();
    window->idleWatcher()->setTimeout(10 * 60 * 1000);

    // The failure counted toward the lockout like any sign-in; the success reset it.
    QSqlQuery q = m_shell->workstation()->database().query();
    QVERIFY(q.exec(QStringLiteral("SELECT failed_count FROM users WHERE username = 'admin'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestShell::settingsAndDiagnostics()
{
    Workstation* ws = m_shell->workstation();
    GeneralSettingsPage general(*m_settings, ws->database().path(), true);
    std::unique_ptr<QWidget> widget(general.createWidget(nullptr));
    general.load(widget.get());
    QCOMPARE(child<QSpinBox>(widget.get(), "idleLockSpin")->value(), 10);
    QCOMPARE(child<QLineEdit>(widget.get(), "databasePathEdit")->text(), m_dbPath);
    child<QSpinBox>(widget.get(), "idleLockSpin")->setValue(3);
    general.save(widget.get());
    QCOMPARE(m_settings->idleLockMinutes(), 3);

    GeneralSettingsPage readOnly(*m_settings, ws->database().path(), false);
    std::unique_ptr<QWidget> other(readOnly.createWidget(nullptr));
    QVERIFY(!child<QSpinBox>(other.get(), "idleLockSpin")->isEnabled());

    const auto modulePages = ModuleUiCatalog::settingsPages(ws->modules().moduleObjects());
    QCOMPARE(modulePages.size(), size_t(1));

    const QString report = DiagnosticsReport::build(*ws, *m_settings, nullptr);
    QVERIFY(report.contains(QStringLiteral("guisample")));
    QVERIFY(report.contains(m_dbPath));
    QVERIFY(report.contains(QStringLiteral("SQLite")));
    QVERIFY(report.contains(QStringLiteral("does not exist"))); // the missing plugin folder is reported
    const QMap<QString, int> versions = ws->database().schemaVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        QVERIFY(report.contains(QStringLiteral("Schema version of %1: %2").arg(it.key()).arg(it.value())));
}

void TestShell::pagesNeedTheirPermission()
{
    const QList<QObject*> modules = m_shell->workstation()->modules().moduleObjects();
    const Session frontDesk(7, QStringLiteral("le.thi.b"), QStringLiteral("Lê Thị B"), QStringLiteral("frontdesk"));
    const QList<PageSpec> pages = ModuleUiCatalog::pagesFor(modules, frontDesk);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().id, QStringLiteral("guisample.desk"));
}

void TestShell::switchUserSignsOut()
{
    MainWindow* window = m_shell->mainWindow();
    QPointer<MainWindow> guard(window);
    window->findChild<QAction*>(QStringLiteral("switchUserAction"))->trigger();
    QTRY_VERIFY(!guard);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(!currentOperator()->isSignedIn());
    LoginDialog* login = m_shell->loginDialog();
    QVERIFY(login && login->isVisible());
    QVERIFY(child<QLineEdit>(login, "usernameEdit")->text().isEmpty());
    signIn(login, QStringLiteral("admin"), kPassword);
    QTRY_VERIFY(m_shell->mainWindow());
    QVERIFY(currentOperator()->isSignedIn());
}

void TestShell::quitEndsTheShell()
{
    QSignalSpy finished(m_shell.get(), &ShellController::finished);
    m_shell->mainWindow()->close();
    QCOMPARE(finished.size(), 1);
}

void TestShell::cleanupTestCase()
{
    m_shell.reset();
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
