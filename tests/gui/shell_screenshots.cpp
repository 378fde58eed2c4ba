// Walks through the shell like a user and saves a PNG of every screen (run under xvfb-run).
// Usage: shell_screenshots <output folder> [vi|en] [extra .qm catalogue]
#include "AboutDialog.h"
#include "Database.h"
#include "DiagnosticsDialog.h"
#include "DiagnosticsReport.h"
#include "GeneralSettingsPage.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "ModuleManager.h"
#include "ModuleUiCatalog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShellController.h"
#include "ShellDriver.h"
#include "Translator.h"
#include "Workstation.h"

#include <QDir>
#include <QScreen>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWizard>
#include <QtPlugin>

Q_IMPORT_PLUGIN(GuiSampleModule)

using namespace motcua;
using namespace motcua::shell;
using namespace ShellDriver;

namespace {
QString g_out;
QString g_lang;

void shot(QWidget* window, const QString& name)
{
    QTest::qWait(300);
    QRect area = window->frameGeometry();
    if (QWidget* popup = QApplication::activePopupWidget())
        area |= popup->frameGeometry();
    const QPixmap pixmap = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const QString file = QDir(g_out).filePath(g_lang + QLatin1Char('-') + name + QStringLiteral(".png"));
    pixmap.save(file);
    qInfo("saved %s", qPrintable(file));
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/shots");
    g_lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("vi");
    QDir().mkpath(g_out);
    Translator::install(g_lang);
    if (argc > 3) {
        auto* extra = new QTranslator(&app);
        if (extra->load(QString::fromLocal8Bit(argv[3])))
            QApplication::installTranslator(extra);
    }

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("motcua.ini")));
    settings.setLanguage(g_lang);
    ShellController::Options options;
    options.databasePath = dir.filePath(QStringLiteral("motcua.sqlite"));
    // SHOTS_REAL_MODULES=1 also loads the modules built in the tree (default plugin folders).
    if (!qEnvironmentVariableIsSet("SHOTS_REAL_MODULES"))
        options.pluginDirs = {dir.filePath(QStringLiteral("plugins"))};
    ShellController shell(settings, options);
    if (!shell.start())
        return 1;

    SetupWizard* wizard = shell.setupWizard();
    (void)QTest::qWaitForWindowExposed(wizard);
    type(wizard, "workstationNameEdit", QStringLiteral("Quầy 1"));
    type(wizard, "agencyNameEdit", QStringLiteral("UBND phường Ba Đình"));
    auto* province = child<SearchableComboBox>(wizard, "provinceCombo");
    province->setFocus();
    typeText(province->lineEdit(), QStringLiteral("ha"));
    shot(wizard, QStringLiteral("01-wizard-province-search"));
    if (QApplication::activePopupWidget())
        QApplication::activePopupWidget()->close();
    province->selectData(QStringLiteral("01"));
    auto* commune = child<SearchableComboBox>(wizard, "communeCombo");
    commune->setFocus();
    typeText(commune->lineEdit(), QStringLiteral("ba d"));
    shot(wizard, QStringLiteral("02-wizard-commune-search"));
    if (QApplication::activePopupWidget())
        QApplication::activePopupWidget()->close();
    commune->selectData(QStringLiteral("00004"));
    shot(wizard, QStringLiteral("03-wizard-place"));
    wizard->next();
    fillAdminPage(wizard, QStringLiteral("mật khẩu 2025"));
    type(wizard, "adminPasswordConfirmEdit", QStringLiteral("mật khẩu 2024"));
    shot(wizard, QStringLiteral("04-wizard-admin-mismatch"));
    type(wizard, "adminPasswordConfirmEdit", QStringLiteral("mật khẩu 2025"));
    wizard->next();
    shot(wizard, QStringLiteral("05-wizard-summary"));
    wizard->button(QWizard::FinishButton)->click();

    (void)QTest::qWaitFor([&] { return shell.loginDialog() != nullptr; }, 10000);
    LoginDialog* login = shell.loginDialog();
    (void)QTest::qWaitForWindowExposed(login);
    shot(login, QStringLiteral("06-login"));
    signIn(login, QStringLiteral("admin"), QStringLiteral("sai mật khẩu"));
    (void)QTest::qWaitFor([&] { return !login->isBusy(); }, 5000);
    shot(login, QStringLiteral("07-login-wrong-password"));
    signIn(login, QStringLiteral("admin"), QStringLiteral("mật khẩu 2025"));
    (void)QTest::qWaitFor([&] { return shell.mainWindow() != nullptr; }, 5000);

    MainWindow* window = shell.mainWindow();
    window->move(0, 0);
    window->resize(1366, 700); // a 1366×768 laptop screen minus title bar and panel
    (void)QTest::qWaitForWindowExposed(window);
    shot(window, QStringLiteral("08-main-home"));
    window->openPage(QStringLiteral("guisample.desk"));
    typeText(child<QLineEdit>(window, "draftEdit"), QStringLiteral("Nguyễn Thị Hoa – hồ sơ đang nhập"));
    window->lock();
    shot(window, QStringLiteral("09-lock"));
    typeText(child<QLineEdit>(window, "lockPasswordEdit"), QStringLiteral("sai"));
    child<QPushButton>(window, "unlockButton")->click();
    QTest::qWait(1000);
    shot(window, QStringLiteral("10-lock-wrong-password"));
    typeText(child<QLineEdit>(window, "lockPasswordEdit"), QStringLiteral("mật khẩu 2025"));
    child<QPushButton>(window, "unlockButton")->click();
    (void)QTest::qWaitFor([&] { return !window->isLocked(); }, 5000);
    shot(window, QStringLiteral("11-unlocked-work-kept"));

    Workstation* ws = shell.workstation();
    std::vector<std::unique_ptr<ISettingsPage>> pages;
    pages.push_back(std::make_unique<GeneralSettingsPage>(settings, ws->database().path(), true));
    for (auto& page : ModuleUiCatalog::settingsPages(ws->modules().moduleObjects()))
        pages.push_back(std::move(page));
    SettingsDialog settingsDialog(std::move(pages), window);
    settingsDialog.show();
    (void)QTest::qWaitForWindowExposed(&settingsDialog);
    shot(&settingsDialog, QStringLiteral("12-settings"));
    settingsDialog.hide();

    DiagnosticsDialog diagnostics(DiagnosticsReport::build(*ws, settings, nullptr), window);
    diagnostics.show();
    (void)QTest::qWaitForWindowExposed(&diagnostics);
    shot(&diagnostics, QStringLiteral("13-diagnostics"));
    diagnostics.hide();

    AboutDialog about(ws->database(), window);
    about.show();
    (void)QTest::qWaitForWindowExposed(&about);
    shot(&about, QStringLiteral("14-about"));
    about.hide();
    return 0;
}
