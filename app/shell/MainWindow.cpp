#include "MainWindow.h"

#include "AboutDialog.h"
#include "CardStatusIndicator.h"
#include "Database.h"
#include "DiagnosticsDialog.h"
#include "DiagnosticsReport.h"
#include "GeneralSettingsPage.h"
#include "HomePage.h"
#include "Icons.h"
#include "IdleWatcher.h"
#include "LockScreen.h"
#include "ModuleManager.h"
#include "ModuleUiCatalog.h"
#include "Permissions.h"
#include "ReadCardDialog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Workstation.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace motcua::shell {

namespace {
const QString kHomeId = QStringLiteral("home");
}

MainWindow::MainWindow(Workstation& workstation, Settings& settings, const Session& session,
                       card::ReaderMonitor* monitor, QWidget* parent)
    : QMainWindow(parent), m_workstation(workstation), m_settings(settings), m_session(session), m_monitor(monitor)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    const QString name = m_workstation.info().workstationName;
    setWindowTitle(name.isEmpty() ? QStringLiteral("Một Cửa Workstation")
                                  : QStringLiteral("%1 – Một Cửa Workstation").arg(name));
    setMinimumSize(900, 560);
    resize(1280, 720);

    m_specs = ModuleUiCatalog::pagesFor(m_workstation.modules().moduleObjects(), m_session);

    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("rootStack"));
    m_content = new QWidget(m_root);
    m_content->setObjectName(QStringLiteral("content"));
    m_navigation = new QListWidget(m_content);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(240);
    // Long Vietnamese titles wrap instead of hiding behind a horizontal scroll bar.
    m_navigation->setWordWrap(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(1);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding: 6px 4px; }"));
    m_pages = new QStackedWidget(m_content);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_navigation);
    contentLayout->addWidget(m_pages, 1);

    m_lockScreen = new LockScreen(m_workstation.database().path(), m_workstation.clock(), m_root);
    m_lockScreen->setOperator(m_session.username(), m_session.displayName());
    m_root->addWidget(m_content);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::confirmSwitchUser);

    buildMenus();
    buildStatusBar();
    buildNavigation();

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    applyIdleTimeout();
    m_idle->setActive(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lockAction =
        file->addAction(shippedIcon(QLatin1String("system-lock-screen")), tr("&Lock screen"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* switchUser = file->addAction(shippedIcon(QLatin1String("system-switch-user")), tr("S&witch user"), this,
                                          &MainWindow::signOutRequested);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    file->addSeparator();
    QAction* quit =
        file->addAction(shippedIcon(QLatin1String("application-exit")), tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QAction* readCard = nullptr;
    if (m_session.has(perm::CardRead)) {
        QMenu* card = menuBar()->addMenu(tr("&Card"));
        readCard = card->addAction(shippedIcon(QLatin1String("secure-card")), tr("&Read chip ID card…"), this, [this] {
            ReadCardDialog dialog(m_session, m_workstation.audit(), m_settings, this);
            dialog.exec();
        });
        readCard->setObjectName(QStringLiteral("readCardAction"));
        readCard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* configure =
        settings->addAction(shippedIcon(QLatin1String("configure")), tr("&Settings…"), this, &MainWindow::showSettings);
    configure->setObjectName(QStringLiteral("settingsAction"));
    configure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* diagnostics = help->addAction(shippedIcon(QLatin1String("tools-report-bug")), tr("&Diagnostics"), this,
                                           &MainWindow::showDiagnostics);
    diagnostics->setObjectName(QStringLiteral("diagnosticsAction"));
    QAction* about =
        help->addAction(shippedIcon(QLatin1String("help-about")), tr("&About"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setShortcut(QKeySequence::HelpContents);
    m_lockedOutActions = {lockAction, switchUser, configure, diagnostics, about};
    if (readCard)
        m_lockedOutActions.append(readCard);
}

void MainWindow::buildStatusBar()
{
    auto* user = new QLabel(this);
    user->setPixmap(shippedIcon(QLatin1String("user-identity")).pixmap(16, 16));
    auto* operatorLabel = new QLabel(m_session.displayName(), this);
    operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    auto* roleLabel = new QLabel(QStringLiteral("(%1)").arg(Roles::displayName(m_session.role())), this);
    roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_cardStatus = new CardStatusIndicator(m_monitor, this);
    auto* dbIcon = new QLabel(this);
    dbIcon->setPixmap(shippedIcon(QLatin1String("server-database")).pixmap(16, 16));
    const QString path = m_workstation.database().path();
    auto* dbLabel = new QLabel(this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    dbLabel->setText(dbLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 420));
    dbLabel->setToolTip(tr("Database: %1").arg(path));

    statusBar()->addWidget(user);
    statusBar()->addWidget(operatorLabel);
    statusBar()->addWidget(roleLabel);
    statusBar()->addWidget(new QLabel(QStringLiteral("  "), this));
    statusBar()->addWidget(m_cardStatus);
    statusBar()->addPermanentWidget(dbIcon);
    statusBar()->addPermanentWidget(dbLabel);
}

void MainWindow::buildNavigation()
{
    auto* home = new QListWidgetItem(shippedIcon(QLatin1String("go-home")), tr("Home"), m_navigation);
    home->setData(Qt::UserRole, kHomeId);
    auto* homePage = new HomePage(m_workstation, m_session, m_specs, m_pages);
    connect(homePage, &HomePage::pageRequested, this, &MainWindow::openPage);
    m_pages->addWidget(homePage);
    m_pageWidgets.insert(kHomeId, homePage);
    for (const PageSpec& spec : m_specs) {
        // A page without an icon still lines up with the others.
        const QIcon icon = spec.icon.isNull() ? shippedIcon(QLatin1String("dialog-information")) : spec.icon;
        auto* item = new QListWidgetItem(icon, spec.title, m_navigation);
        item->setData(Qt::UserRole, spec.id);
        item->setToolTip(spec.title);
    }
    // Alt+1 … Alt+9 jump to the entries in order.
    for (int row = 0; row < qMin(9, m_navigation->count()); ++row) {
        auto* jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row)));
        connect(jump, &QAction::triggered, this, [this, row] {
            if (!isLocked())
                m_navigation->setCurrentRow(row);
        });
        addAction(jump);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);
    m_navigation->setCurrentRow(0);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_navigation->count(); ++row)
        ids << m_navigation->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0)
        return;
    const QString id = m_navigation->item(row)->data(Qt::UserRole).toString();
    QWidget* page = m_pageWidgets.value(id);
    if (!page) {
        const PageSpec& spec = m_specs.at(row - 1);
        page = spec.factory(m_pages);
        if (!page) {
            auto* failed = new QLabel(tr("This page could not be opened. Help → Diagnostics may tell why."), m_pages);
            failed->setAlignment(Qt::AlignCenter);
            page = failed;
        }
        if (page->objectName().isEmpty())
            page->setObjectName(spec.id);
        m_pages->addWidget(page);
        m_pageWidgets.insert(id, page);
    }
    m_pages->setCurrentWidget(page);
}

bool MainWindow::openPage(const QString& id)
{
    const int row = int(pageIds().indexOf(id));
    if (row < 0 || isLocked())
        return false;
    m_navigation->setCurrentRow(row);
    return m_pages->currentWidget() == m_pageWidgets.value(id);
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_focusBeforeLock = QApplication::focusWidget();
    m_idle->setActive(false);
    hideOtherWindows();
    m_root->setCurrentWidget(m_lockScreen);
    m_content->setEnabled(false); // keeps shortcuts and focus away from the hidden work
    for (QAction* action : m_lockedOutActions)
        action->setEnabled(false);
    m_lockScreen->prepare();
    emit lockChanged(true);
}

void MainWindow::unlock(const Session& session)
{
    m_session = session; // same operator; refreshed permissions
    m_content->setEnabled(true);
    m_root->setCurrentWidget(m_content);
    for (QAction* action : m_lockedOutActions)
        action->setEnabled(true);
    showHiddenWindows();
    if (m_focusBeforeLock) {
        m_focusBeforeLock->window()->activateWindow();
        m_focusBeforeLock->setFocus();
    } else {
        m_navigation->setFocus();
    }
    m_idle->setActive(true);
    emit lockChanged(false);
}

void MainWindow::hideOtherWindows()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window == this || !window->isVisible())
            continue;
        // QWidget's setVisible, not QDialog's: a dialog running exec() keeps its loop and its input,
        // it only leaves the screen (and stops being modal) until the operator is back.
        window->QWidget::setVisible(false);
        m_hiddenWindows.append(window);
    }
}

void MainWindow::showHiddenWindows()
{
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows))
        if (window)
            window->QWidget::setVisible(true);
    m_hiddenWindows.clear();
}

void MainWindow::confirmSwitchUser()
{
    QMessageBox box(
        QMessageBox::Question, tr("Switch user"),
        tr("Sign %1 out? Work on the open pages that was not saved will be lost.").arg(m_session.displayName()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmSwitchUser"));
    QPushButton* signOut = box.addButton(tr("&Sign out"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == signOut)
        emit signOutRequested();
}

void MainWindow::applyIdleTimeout()
{
    m_idle->setTimeout(m_settings.idleLockMinutes() * 60 * 1000);
}

void MainWindow::showSettings()
{
    std::vector<std::unique_ptr<ISettingsPage>> pages;
    pages.push_back(std::make_unique<GeneralSettingsPage>(m_settings, m_workstation.database().path(),
                                                          m_session.has(perm::SettingsManage)));
    for (auto& page : ModuleUiCatalog::settingsPages(m_workstation.modules().moduleObjects()))
        pages.push_back(std::move(page));
    SettingsDialog dialog(std::move(pages), this);
    if (dialog.exec() == QDialog::Accepted)
        applyIdleTimeout();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workstation.database(), this);
    dialog.exec();
}

void MainWindow::showDiagnostics()
{
    DiagnosticsDialog dialog(DiagnosticsReport::build(m_workstation, m_settings, m_monitor), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isLocked()) {
        // Whoever stands at a locked desk must not throw the operator's hidden work away unasked.
        QMessageBox box(QMessageBox::Question, tr("Quit"),
                        tr("Quit while %1 is away? Work on the open pages that was not saved will be lost.")
                            .arg(m_session.displayName()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmQuit"));
        QPushButton* quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
        QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(cancel);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
    }
    event->accept();
    emit quitRequested();
}

} // namespace motcua::shell
