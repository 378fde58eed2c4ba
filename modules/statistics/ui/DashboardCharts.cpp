#include "DashboardCharts.h"

#include "XlsxExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QValueAxis>

#include <cmath>

namespace motcua::statistics {

namespace {
enum BarKind
{
    EthnicityBars,
    ReligionBars
};

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
}
} // namespace

DashboardCharts::DashboardCharts(QWidget* parent) : QObject(parent), m_parent(parent)
{
    addView(QStringLiteral("chartSex"), tr("Sex"));
    addView(QStringLiteral("chartAge"), tr("Age pyramid (male left, female right)"));
    addView(QStringLiteral("chartEthnicity"), tr("Ethnic groups"));
    addView(QStringLiteral("chartReligion"), tr("Religions"));
    addView(QStringLiteral("chartResidence"), tr("Residence type"));
    addView(QStringLiteral("chartCards"), tr("Chip cards issued by year"));
}

QChartView* DashboardCharts::addView(const QString& name, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto* view = new QChartView(chart, m_parent);
    view->setObjectName(name);
    view->setWindowTitle(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 180);
    m_views.append(view);
    return view;
}

void DashboardCharts::show(const PopulationSummary& s, const QMap<int, qint64>& cardsByYear, int threshold)
{
    showSex(s);
    showAge(s);
    // Largest groups first; the long tail goes into "Others" so the bar stays readable.
    auto top = [threshold](const QMap<QString, qint64>& m) {
        QList<QPair<QString, qint64>> rows = suppressSmall(m, threshold, tr("Others"));
        if (rows.size() > 9) {
            qint64 rest = 0;
            for (qsizetype i = 8; i < rows.size(); ++i)
                rest += std::max<qint64>(0, rows[i].second);
            rows = rows.mid(0, 8);
            rows.append({tr("Others"), rest});
        }
        return rows;
    };
    showBars(m_views[2], top(s.byEthnicity), EthnicityBars);
    showBars(m_views[3], top(s.byReligion), ReligionBars);
    showResidence(s);
    showCards(cardsByYear);
}

void DashboardCharts::showSex(const PopulationSummary& s)
{
    QChart* chart = m_views[0]->chart();
    clear(chart);
    auto* pie = new QPieSeries;
    pie->append(tr("Male"), double(s.bySex[0]))->setColor(QColor(0x1e, 0x88, 0xe5));
    pie->append(tr("Female"), double(s.bySex[1]))->setColor(QColor(0xd8, 0x1b, 0x60));
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    for (QPieSlice* slice : pie->slices())
        slice->setLabel(QStringLiteral("%1: %2").arg(slice->label(), vi.toString(qint64(slice->value()))));
    connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice* slice) {
        CrossFilter f;
        f.sex = int(pie->slices().indexOf(slice));
        emit filterClicked(f);
    });
    chart->addSeries(pie);
    chart->legend()->show();
}

void DashboardCharts::showAge(const PopulationSummary& s)
{
    QChart* chart = m_views[1]->chart();
    clear(chart);
    // A pyramid: males to the left as negative values, females to the right.
    auto* male = new QBarSet(tr("Male"));
    auto* female = new QBarSet(tr("Female"));
    male->setColor(QColor(0x1e, 0x88, 0xe5));
    female->setColor(QColor(0xd8, 0x1b, 0x60));
    QStringList bands;
    qint64 peak = 1;
    for (int b = 0; b < kAgeBands; ++b) {
        *male << -double(s.byAge[size_t(b)][0]);
        *female << double(s.byAge[size_t(b)][1]);
        peak = std::max({peak, s.byAge[size_t(b)][0], s.byAge[size_t(b)][1]});
        bands << ageBandLabel(b);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(male);
    series->append(female);
    series->setBarWidth(0.9);
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet*) {
        CrossFilter f;
        f.ageBand = index;
        emit filterClicked(f);
    });
    chart->addSeries(series);
    // Ages on a value axis labelled every other band: 17 category labels do not fit the chart's height
    // (QtCharts then elides every one of them to "…"); nine do, at a readable size.
    auto* y = new QCategoryAxis;
    y->setRange(-0.5, kAgeBands - 0.5);
    y->setStartValue(-0.5);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int b = 0; b < kAgeBands; b += 2)
        y->append(bands[b], b);
    y->setGridLineVisible(false);
    // Counts on both sides are positive: a category axis labels the ticks with absolute values.
    auto* x = new QCategoryAxis;
    const double edge = double(peak) * 1.05;
    x->setRange(-edge, edge);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    for (double v : {-double(peak), -double(peak) / 2, 0.0, double(peak) / 2, double(peak)})
        x->append(vi.toString(qint64(std::abs(v))) + QString(int(v < 0) + 1, QChar(0x200b)), v);
    QFont small = y->labelsFont();
    small.setPointSizeF(7.5);
    y->setLabelsFont(small);
    x->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide(); // the title says which side is which; the space goes to the 17 bands
}

void DashboardCharts::showBars(QChartView* view, const QList<QPair<QString, qint64>>& rows, int kind)
{
    QChart* chart = view->chart();
    clear(chart);
    auto* set = new QBarSet(view->windowTitle());
    set->setColor(kind == EthnicityBars ? QColor(0x43, 0xa0, 0x47) : QColor(0x8e, 0x24, 0xaa));
    QStringList labels;
    qint64 peak = 1;
    // Drawn bottom-up by QtCharts: reverse so the largest group is on top.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        *set << double(std::max<qint64>(0, rows[i].second));
        labels << rows[i].first;
        peak = std::max(peak, rows[i].second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, labels, kind](int index, QBarSet*) {
        CrossFilter f;
        if (kind == EthnicityBars)
            f.ethnicity = labels.value(index);
        else
            f.religion = labels.value(index);
        emit filterClicked(f);
    });
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setRange(0, double(peak) * 1.05);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTickCount(3);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

void DashboardCharts::showResidence(const PopulationSummary& s)
{
    QChart* chart = m_views[4]->chart();
    clear(chart);
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.4);
    pie->append(tr("Permanent"), double(s.byResidenceType[0]))->setColor(QColor(0x00, 0x89, 0x7b));
    pie->append(tr("Temporary"), double(s.byResidenceType[1]))->setColor(QColor(0xff, 0xb3, 0x00));
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    for (QPieSlice* slice : pie->slices())
        slice->setLabel(QStringLiteral("%1: %2").arg(slice->label(), vi.toString(qint64(slice->value()))));
    connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice* slice) {
        CrossFilter f;
        f.residence = int(pie->slices().indexOf(slice));
        emit filterClicked(f);
    });
    chart->addSeries(pie);
    // Two labels with six-digit counts must fit the width of one grid cell without being elided.
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8);
    chart->legend()->setFont(legendFont);
    chart->legend()->show();
}

void DashboardCharts::showCards(const QMap<int, qint64>& cardsByYear)
{
    QChart* chart = m_views[5]->chart();
    clear(chart);
    auto* set = new QBarSet(tr("Cards issued"));
    set->setColor(QColor(0xf4, 0x51, 0x1e));
    QStringList years;
    qint64 peak = 1;
    for (auto it = cardsByYear.cbegin(); it != cardsByYear.cend(); ++it) {
        *set << double(it.value());
        years << QString::number(it.key());
        peak = std::max(peak, it.value());
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(years);
    QFont small = x->labelsFont();
    small.setPointSizeF(7.5); // a year per bar, never elided in a narrow cell
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    y->setRange(0, double(peak) * 1.05);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(3);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

} // namespace motcua::statistics
