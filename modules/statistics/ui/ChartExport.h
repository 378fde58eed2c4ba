#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QWidget;

namespace motcua::statistics {

/// Saves what a chart (or any widget) shows as PNG, SVG or PDF, chosen by the file's extension.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::ChartExport)
public:
    static Status save(QWidget* chart, const QString& path);
    /// Paints the widget as vectors (SVG, PDF) at the painter's transform. Child clipping is off meanwhile:
    /// under a scaled PDF painter the clipped legend of a pie lost its second entry and its colour squares.
    static void renderVector(QWidget* chart, QPainter* painter);
};

} // namespace motcua::statistics
