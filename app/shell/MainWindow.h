#pragma once

#include "IModuleUi.h"
#include "Session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace motcua {
class Settings;
class Workstation;
namespace card {
class ReaderMonitor;
}
} // namespace motcua

namespace motcua::shell {

class CardStatusIndicator;
class IdleWatcher;
class LockScreen;

/// The signed-in window: module navigation on the left, one lazily created page per entry, menus,
/// and a status bar with operator, role, card readers and database. Locks itself after idle time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workstation& workstation, Settings& settings, const Session& session, card::ReaderMonitor* monitor,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const Session& session() const { return m_session; }
    bool isLocked() const;
    IdleWatcher* idleWatcher() const { return m_idle; }
    /// Ids of the navigation entries, in order ("home" first).
    QStringList pageIds() const;
    /// The page's widget, or null while it has not been opened yet.
    QWidget* pageWidget(const QString& id) const { return m_pageWidgets.value(id); }

public slots:
    void lock();
    bool openPage(const QString& id);
    void showSettings();
    void showAbout();
    void showDiagnostics();

signals:
    void signOutRequested();
    void quitRequested();
    void lockChanged(bool locked);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void buildNavigation();
    void onNavigationRowChanged(int row);
    void unlock(const Session& session);
    void confirmSwitchUser();
    void applyIdleTimeout();
    void hideOtherWindows();
    void showHiddenWindows();

    Workstation& m_workstation;
    Settings& m_settings;
    Session m_session;
    card::ReaderMonitor* m_monitor = nullptr;
    QList<PageSpec> m_specs; // module pages, index + 1 = navigation row
    QHash<QString, QWidget*> m_pageWidgets;
    QStackedWidget* m_root = nullptr; // content | lock screen
    QWidget* m_content = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    LockScreen* m_lockScreen = nullptr;
    CardStatusIndicator* m_cardStatus = nullptr;
    IdleWatcher* m_idle = nullptr;
    QList<QAction*> m_lockedOutActions;
    QPointer<QWidget> m_focusBeforeLock;
    QList<QPointer<QWidget>> m_hiddenWindows; // dialogs put out of sight by the lock
};

} // namespace motcua::shell
