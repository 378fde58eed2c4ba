#include "DialogButtons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace motcua::residence::ui {

QDialogButtonBox* closeButtons(QDialog& dialog)
{
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* close = buttons->addButton(QCoreApplication::translate("motcua::residence::DialogButtons", "&Close"),
                                            QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return buttons;
}

QDialogButtonBox* saveCancelButtons(QDialog& dialog)
{
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* save = buttons->addButton(QCoreApplication::translate("motcua::residence::DialogButtons", "&Save"),
                                           QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons
        ->addButton(QCoreApplication::translate("motcua::residence::DialogButtons", "Cancel"),
                    QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return buttons;
}

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QCoreApplication::translate("motcua::residence::DialogButtons", "Cancel"),
                                    QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

namespace {
QString askText(QWidget* parent, const QString& title, const QString& label, bool multiLine, bool* ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    if (multiLine)
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    else
        dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(QCoreApplication::translate("motcua::residence::DialogButtons", "OK"));
    dialog.setCancelButtonText(QCoreApplication::translate("motcua::residence::DialogButtons", "Cancel"));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}
} // namespace

QString askMultiLineText(QWidget* parent, const QString& title, const QString& label, bool* ok)
{
    return askText(parent, title, label, true, ok);
}

QString askPassword(QWidget* parent, const QString& title, const QString& label, bool* ok)
{
    return askText(parent, title, label, false, ok);
}

} // namespace motcua::residence::ui
