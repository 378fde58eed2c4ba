#pragma once

#include "CrossFilterCube.h"
#include "IModule.h"
#include "PopulationSummary.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace motcua::statistics {

class DashboardCharts;
class ProvinceMap;

/// The population dashboard: area (province → commune), as-of date, headline counts, six charts with
/// cross-filtering, a province tile map, and exports. Reads only the aggregate tables.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const ModuleContext& context, QWidget* parent = nullptr);

    /// Re-reads the counts of the selected area; returns false (with a message shown) on failure.
    bool refresh();
    void selectProvince(const QString& code);
    void selectCommune(const QString& code);
    void setAsOf(const QDate& date);
    void setFilter(const CrossFilter& filter);
    const PopulationSummary& shown() const { return m_shown; }

private:
    void buildUi();
    void fillCommunes();
    void showSummary();
    QString areaName() const;
    int areaKey() const;
    void exportReport();
    void exportTables();
    void importFile();
    void addExportActions(QWidget* chart);

    ModuleContext m_context;
    QComboBox* m_province = nullptr;
    QComboBox* m_commune = nullptr;
    QDateEdit* m_asOf = nullptr;
    QLabel* m_filterLabel = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_clearFilter = nullptr;
    QList<QLabel*> m_headline;
    DashboardCharts* m_charts = nullptr;
    ProvinceMap* m_map = nullptr;
    PopulationSummary m_summary; // exact, unfiltered
    PopulationSummary m_shown;   // what the charts show (filtered when a filter is set)
    CrossFilterCube m_cube;
    int m_cubeArea = -1;
    CrossFilter m_filter;
};

} // namespace motcua::statistics
