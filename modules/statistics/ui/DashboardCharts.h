#pragma once

#include "CrossFilterCube.h"
#include "PopulationSummary.h"

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace motcua::statistics {

/// The dashboard's six charts (sex, age pyramid, ethnicity, religion, residence type, chip cards by year).
/// Clicking a slice or bar reports the matching filter so the page can narrow the other charts.
class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget* parent);
    /// The chart views, in display order; each has an objectName for tests.
    const QList<QChartView*>& views() const { return m_views; }
    /// Sensitive groups below `threshold` are merged into "Others" on screen too, so an exported
    /// picture never shows a group small enough to point at a person.
    void show(const PopulationSummary& s, const QMap<int, qint64>& cardsByYear, int threshold);

signals:
    void filterClicked(const motcua::statistics::CrossFilter& filter);

private:
    QChartView* addView(const QString& name, const QString& title);
    void showSex(const PopulationSummary& s);
    void showAge(const PopulationSummary& s);
    void showBars(QChartView* view, const QList<QPair<QString, qint64>>& rows, int kind, int threshold);
    void showResidence(const PopulationSummary& s);
    void showCards(const QMap<int, qint64>& cardsByYear);

    QWidget* m_parent;
    QList<QChartView*> m_views;
};

} // namespace motcua::statistics
