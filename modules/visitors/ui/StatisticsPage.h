#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;

namespace motcua::visitors {

class VisitorsDesk;

/// Visits in a date range as charts (QtCharts): per day, per hour, by sex, by age band, by province of residence.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(VisitorsDesk& desk, QWidget* parent = nullptr);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    VisitorsDesk& m_desk;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_dimension = nullptr;
    QChartView* m_view = nullptr;
};

} // namespace motcua::visitors
