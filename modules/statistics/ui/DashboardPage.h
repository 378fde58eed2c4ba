#pragma once

#include "CrossFilterCube.h"
#include "DashboardQuery.h"
#include "IModule.h"
#include "PopulationSummary.h"
#include "Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace motcua::statistics {

class DashboardCharts;
class ProvinceMap;

/// The population dashboard: area (province → commune), as-of date, headline counts, six charts with
/// cross-filtering, a province tile map, and exports. Reads only the aggregate tables, on a worker thread
/// with its own connection; while it reads, the page says so, and a result overtaken by a newer request
/// is dropped. Imports and exports are checked and audited for the signed-in operator ("shell.operator").
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const ModuleContext& context, QWidget* parent = nullptr);

    /// Starts re-reading the counts of the selected area; refreshed() follows (a failure shows a message).
    void refresh();
    bool isRefreshing() const { return m_pending > 0; }
    void selectProvince(const QString& code);
    void selectCommune(const QString& code);
    void setAsOf(const QDate& date);
    void setFilter(const CrossFilter& filter);
    const PopulationSummary& shown() const { return m_shown; }

signals:
    /// The counts on screen are those of the current selection.
    void refreshed();

private:
    void applyLoaded(quint64 generation, const Result<DashboardData>& data);
    Session currentSession() const;
    void audited(const QString& what, const QString& format);
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
    CrossFilter m_filter;
    QLabel* m_refreshing = nullptr;
    quint64 m_generation = 0; // of the newest request; older results are dropped
    int m_pending = 0;
};

} // namespace motcua::statistics
