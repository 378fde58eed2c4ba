#pragma once

#include "PopulationSummary.h"
#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::statistics {

/// Counts below this are not published for sensitive dimensions (ethnicity, religion).
inline constexpr int kDefaultPrivacyThreshold = 5;

/// Publishable rows of a sensitive breakdown: groups under the threshold are merged into one
/// "others" row, which is itself withheld (-1) when still under the threshold.
QList<QPair<QString, qint64>> suppressSmall(const QMap<QString, qint64>& counts, int threshold,
                                            const QString& othersLabel);

/// Writes the dashboard's tables (one sheet per breakdown) to an .xlsx workbook with libxlsxwriter.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::XlsxExport)
public:
    static Status save(const PopulationSummary& summary, const QString& areaName, const QString& path,
                       int threshold = kDefaultPrivacyThreshold);
};

} // namespace motcua::statistics
