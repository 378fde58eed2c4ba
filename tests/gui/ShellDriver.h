#pragma once

#include "LoginDialog.h"
#include "SearchableComboBox.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

/// Fills the shell's dialogs by objectName, as a user would, for the GUI tests and the screenshot tool.
namespace ShellDriver {

template <typename T> T* child(QWidget* root, const char* name)
{
    return root ? root->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

/// Types `text` key by key; unlike QTest::keyClicks it takes Vietnamese letters too.
inline void typeText(QWidget* target, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
}

inline void type(QWidget* root, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    Q_ASSERT(edit);
    edit->clear();
    typeText(edit, text);
}

inline void fillPlacePage(motcua::shell::SetupWizard* wizard)
{
    type(wizard, "workstationNameEdit", QStringLiteral("Quầy 1"));
    type(wizard, "agencyNameEdit", QStringLiteral("UBND phường Ba Đình"));
    child<motcua::shell::SearchableComboBox>(wizard, "provinceCombo")->selectData(QStringLiteral("01"));
    child<motcua::shell::SearchableComboBox>(wizard, "communeCombo")->selectData(QStringLiteral("00004"));
}

inline void fillAdminPage(motcua::shell::SetupWizard* wizard, const QString& password)
{
    type(wizard, "adminUsernameEdit", QStringLiteral("admin"));
    type(wizard, "adminDisplayNameEdit", QStringLiteral("Nguyễn Văn An"));
    type(wizard, "adminPasswordEdit", password);
    type(wizard, "adminPasswordConfirmEdit", password);
}

inline void signIn(motcua::shell::LoginDialog* login, const QString& username, const QString& password)
{
    type(login, "usernameEdit", username);
    type(login, "passwordEdit", password);
    child<QPushButton>(login, "signInButton")->click();
}

} // namespace ShellDriver
