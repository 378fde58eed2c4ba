// Start-up with a database that cannot be used: the shell says why, quits, and leaves the file alone.
#include "Database.h"
#include "Settings.h"
#include "ShellController.h"
#include "ShellDriver.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace motcua;
using namespace motcua::shell;
using namespace ShellDriver;

class TestShellStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void corruptDatabaseIsRefusedWithAMessage();
    void emptyDatabaseOpensTheWizard();

private:
    /// Closes the next error box once it shows, returning its text through `text`.
    static void closeErrorBoxLater(QString* text);
};

void TestShellStart::closeErrorBoxLater(QString* text)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("openErrorBox"))
            return;
        *text = box->text();
        box->reject();
        timer->deleteLater();
    });
    timer->start(50);
}

void TestShellStart::corruptDatabaseIsRefusedWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("motcua.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database, ").repeated(400);
    file.write(garbage);
    file.close();

    Settings settings(dir.filePath(QStringLiteral("motcua.ini")));
    ShellController::Options options;
    options.databasePath = path;
    options.loadModules = false;
    options.monitorCards = false;
    ShellController shell(settings, options);
    QString message;
    closeErrorBoxLater(&message);
    QVERIFY(!shell.start());
    QVERIFY(!message.isEmpty());
    QVERIFY(!shell.setupWizard());
    QVERIFY(!shell.loginDialog());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // never altered
}

void TestShellStart::emptyDatabaseOpensTheWizard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("motcua.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly)); // an empty file, as `touch` leaves it
    file.close();

    Settings settings(dir.filePath(QStringLiteral("motcua.ini")));
    ShellController::Options options;
    options.databasePath = path;
    options.loadModules = false;
    options.monitorCards = false;
    ShellController shell(settings, options);
    QVERIFY(shell.start());
    SetupWizard* wizard = shell.setupWizard();
    QVERIFY(wizard);
    QVERIFY(!shell.loginDialog());
    fillPlacePage(wizard);
    wizard->next();
    fillAdminPage(wizard, QStringLiteral("mật khẩu 2025"));
    wizard->next();
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(shell.loginDialog());
    QVERIFY(shell.workstation()->isSetUp());
    QCOMPARE(shell.workstation()->database().path(), path);
}

QTEST_MAIN(TestShellStart)
#include "tst_shellstart.moc"
