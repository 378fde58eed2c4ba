#include "StatisticsPage.h"

#include "Clock.h"
#include "VisitStatistics.h"
#include "VisitorsDesk.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QPieSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace motcua::visitors {

StatisticsPage::StatisticsPage(VisitorsDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("visitors.statistics"));
    const QDate today = desk.context().clock->today();
    m_from = new QDateEdit(today.addDays(-13), this);
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("statsDimension"));
    m_dimension->addItems(
        {tr("Visits per day"), tr("Visits per hour"), tr("By sex"), tr("By age band"), tr("By province of residence")});
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("statsChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* top = new QHBoxLayout;
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_dimension, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsPage::refresh);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &StatisticsPage::refresh);
    connect(&m_desk, &VisitorsDesk::visitsChanged, this, &StatisticsPage::refresh);
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void StatisticsPage::refresh()
{
    auto store = m_desk.store();
    if (!store)
        return;
    VisitStatistics stats(**store);
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    auto* chart = new QChart;
    chart->setTitle(m_dimension->currentText());
    chart->legend()->setVisible(false);
    VisitStatistics::Counts counts;
    switch (m_dimension->currentIndex()) {
    case 0:
        counts = stats.perDay(from, to);
        for (auto& c : counts)
            c.first = QDate::fromString(c.first, Qt::ISODate).toString(QStringLiteral("dd/MM"));
        break;
    case 1:
        counts = stats.perHour(from, to);
        break;
    case 2: {
        auto* pie = new QPieSeries(chart);
        for (const auto& c : stats.bySex(from, to)) {
            const QString label = c.first == QLatin1String("M")   ? tr("Male")
                                  : c.first == QLatin1String("F") ? tr("Female")
                                                                  : tr("Unknown");
            pie->append(QStringLiteral("%1: %2").arg(label).arg(c.second), c.second);
        }
        pie->setLabelsVisible(true);
        chart->addSeries(pie);
        m_view->setChart(chart);
        return;
    }
    case 3:
        counts = stats.byAgeBand(from, to);
        break;
    default:
        counts = stats.byProvince(from, to);
        break;
    }
    auto* set = new QBarSet(tr("Visits"));
    QStringList categories;
    int max = 1;
    for (const auto& c : counts) {
        *set << c.second;
        categories << c.first;
        max = qMax(max, c.second);
    }
    auto* series = new QBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    // Whole-number ticks at a round step (1, 2, 5, 10, 20, …): at most ten of them, none repeating "0".
    const int step = [max] {
        for (int magnitude = 1;; magnitude *= 10)
            for (const int m : {1, 2, 5})
                if (max / (m * magnitude) <= 10)
                    return m * magnitude;
    }();
    auto* y = new QValueAxis(chart);
    y->setRange(0, ((max + step - 1) / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_view->setChart(chart); // the view owns and deletes the previous chart
}

} // namespace motcua::visitors
