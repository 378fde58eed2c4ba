#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace motcua::visitors {

class VisitorsDesk;

/// Prints a visit's badge: warns when it was printed before, counts the print, renders the card-size PDF
/// on a worker thread, reports where it was written and opens the print preview of that PDF.
class BadgePrinter
{
public:
    using Report = std::function<void(const QString& message, bool error)>;
    static void print(VisitorsDesk& desk, qint64 visitId, QWidget* parent, const Report& report);
};

} // namespace motcua::visitors
