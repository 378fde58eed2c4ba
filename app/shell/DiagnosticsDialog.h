#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace motcua::shell {

/// Shows the diagnostics report in a read-only, copyable text view.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DiagnosticsDialog(const QString& report, QWidget* parent = nullptr);
    QString report() const;

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace motcua::shell
