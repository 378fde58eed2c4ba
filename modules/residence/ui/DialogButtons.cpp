#include "DialogButtons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
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

QString askMultiLineText(QWidget* parent, const QString& title, const QString& label, bool* ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setOkButtonText(QCoreApplication::translate("motcua::residence::DialogButtons", "OK"));
    dialog.setCancelButtonText(QCoreApplication::translate("motcua::residence::DialogButtons", "Cancel"));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace motcua::residence::ui
