#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace motcua::residence::ui {

/// Button boxes and questions whose buttons carry our own translated words: Qt's standard buttons
/// (Close, Save, Cancel, Yes, No, OK) stay English without a qtbase catalogue, so none are used here.
QDialogButtonBox* closeButtons(QDialog& dialog);
/// "Save" (accept) + "Cancel" (reject), wired to the dialog.
QDialogButtonBox* saveCancelButtons(QDialog& dialog);
/// A yes/no question with translated buttons; true when the operator confirms with `confirmText`.
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText);
/// A multi-line text prompt with translated OK/Cancel; `ok` is false when cancelled.
QString askMultiLineText(QWidget* parent, const QString& title, const QString& label, bool* ok);

/// A password prompt (hidden text) with translated OK/Cancel; `ok` is false when cancelled.
QString askPassword(QWidget* parent, const QString& title, const QString& label, bool* ok);

} // namespace motcua::residence::ui
