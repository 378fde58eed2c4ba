#pragma once

#include <QString>

class QWidget;

namespace motcua::certification {

/// Shows the print dialog for a PDF the module wrote (receipt, refusal note, register) and prints its pages,
/// rendered with Qt PDF at the printer's resolution. Returns false when the operator cancelled or it failed.
bool printPdf(const QString& path, QWidget* parent);

} // namespace motcua::certification
