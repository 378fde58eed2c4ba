#pragma once

#include "PopulationSummary.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace motcua::statistics {

/// The one-page A4 PDF report of the dashboard: title, area, as-of date, headline counts and the charts.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::ReportWriter)
public:
    static Status write(const QString& path, const QString& areaName, const QDate& asOf,
                        const PopulationSummary& summary, const QList<QWidget*>& charts);
};

} // namespace motcua::statistics
