#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace motcua::statistics {

/// Saves what a chart (or any widget) shows as PNG, SVG or PDF, chosen by the file's extension.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::ChartExport)
public:
    static Status save(QWidget* chart, const QString& path);
};

} // namespace motcua::statistics
