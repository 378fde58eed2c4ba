#include "PasswordReveal.h"

#include "Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace motcua::shell {

void makePasswordField(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto* reveal = edit->addAction(shippedIcon(QLatin1String("password-show-on")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(QCoreApplication::translate("motcua::shell::PasswordField", "Show password"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(shippedIcon(QLatin1String(shown ? "password-show-off" : "password-show-on")));
        reveal->setToolTip(shown ? QCoreApplication::translate("motcua::shell::PasswordField", "Hide password")
                                 : QCoreApplication::translate("motcua::shell::PasswordField", "Show password"));
    });
}

} // namespace motcua::shell
