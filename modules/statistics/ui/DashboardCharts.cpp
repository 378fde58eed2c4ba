#include "DashboardCharts.h"

#include "XlsxExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace motcua::statistics {

namespace {
constexpr qsizetype kBarRows = 9; // the largest groups, the last row being "Others" when there are more

enum BarKind
{
    EthnicityBars,
    ReligionBars
};

/// A group's name and count written on the plot beside its bar; clicking it filters like clicking the bar.
class BarLabel : public QGraphicsSimpleTextItem
{
public:
    enum
    {
        Type = UserType + 71
    };
    BarLabel(QGraphicsItem* parent, QString name, QString count, double value, int index, std::function<void()> onClick)
        : QGraphicsSimpleTextItem(parent), m_name(std::move(name)), m_count(std::move(count)), m_value(value),
          m_index(index), m_onClick(std::move(onClick))
    {
        setToolTip(m_name + QStringLiteral(": ") + m_count);
        setCursor(Qt::PointingHandCursor);
        setZValue(10); // above the bars
    }
    int type() const override { return Type; }

    /// Beside the end of the bar when the text fits there, else inside the bar's end in white; the name is
    /// elided only when even the whole plot width is too narrow for it.
    void place(QChart* chart)
    {
        const QRectF plot = chart->plotArea();
        const QPointF end = chart->mapToPosition(QPointF(m_value, m_index));
        const QFontMetricsF fm(font());
        const QString tail = QStringLiteral("  ") + m_count;
        const qreal room = plot.width() - 8;
        QString name = m_name;
        if (fm.horizontalAdvance(name + tail) > room)
            name = fm.elidedText(name, Qt::ElideRight, room - fm.horizontalAdvance(tail));
        setText(name + tail);
        const qreal width = fm.horizontalAdvance(text());
        const qreal y = end.y() - fm.height() / 2;
        if (end.x() + 4 + width <= plot.right()) {
            setBrush(chart->palette().windowText());
            setPos(end.x() + 4, y);
        } else {
            setBrush(Qt::white);
            setPos(std::max(plot.left() + 4, end.x() - 4 - width), y);
        }
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override { event->accept(); }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override
    {
        event->accept();
        if (m_onClick && contains(event->pos()))
            m_onClick();
    }

private:
    QString m_name, m_count;
    double m_value;
    int m_index;
    std::function<void()> m_onClick;
};

void placeBarLabels(QChart* chart)
{
    for (QGraphicsItem* item : chart->childItems())
        if (auto* label = qgraphicsitem_cast<BarLabel*>(item))
            label->place(chart);
}

/// A round step (1, 2 or 5 × 10^k) that puts about `ticks` steps between 0 and `peak`.
double roundStep(double peak, int ticks)
{
    const double raw = std::max(1.0, peak / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

void clear(QChart* chart)
{
    for (QGraphicsItem* item : chart->childItems())
        if (qgraphicsitem_cast<BarLabel*>(item))
            delete item;
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
    for (QChartView* bars : {addView(QStringLiteral("chartEthnicity"), tr("Ethnic groups")),
                             addView(QStringLiteral("chartReligion"), tr("Religions"))}) {
        QChart* chart = bars->chart();
        connect(chart, &QChart::plotAreaChanged, chart, [chart] { placeBarLabels(chart); });
    }
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
        if (rows.size() > kBarRows) {
            qint64 rest = 0;
            for (qsizetype i = kBarRows - 1; i < rows.size(); ++i)
                rest += std::max<qint64>(0, rows[i].second);
            rows = rows.mid(0, kBarRows - 1);
            rows.append({tr("Others"), rest});
        }
        return rows;
    };
    showBars(m_views[2], top(s.byEthnicity), EthnicityBars, threshold);
    showBars(m_views[3], top(s.byReligion), ReligionBars, threshold);
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
    // Ticks at a round step (2.000, not 2.692), the same on both sides.
    auto* x = new QCategoryAxis;
    const double step = roundStep(double(peak), 3);
    const double edge = std::max(double(peak) * 1.05, step * 1.02);
    x->setRange(-edge, edge);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    QList<double> ticks{0.0};
    for (double v = step; v <= edge; v += step)
        ticks << v << -v;
    std::sort(ticks.begin(), ticks.end());
    for (double v : ticks)
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

void DashboardCharts::showBars(QChartView* view, const QList<QPair<QString, qint64>>& rows, int kind, int threshold)
{
    QChart* chart = view->chart();
    clear(chart);
    auto* set = new QBarSet(view->windowTitle());
    set->setColor(kind == EthnicityBars ? QColor(0x43, 0xa0, 0x47) : QColor(0x8e, 0x24, 0xaa));
    QStringList labels, counts, categories;
    qint64 peak = 1;
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    // Always as many rows as the largest list (empty ones at the bottom), so that a commune with two groups
    // gets bars as thin as the country's, not two slabs filling the chart.
    const qsizetype empty = std::max<qsizetype>(0, kBarRows - rows.size());
    for (qsizetype i = 0; i < empty; ++i) {
        *set << 0.0;
        labels << QString();
        counts << QString();
        categories << QString(int(i) + 1, QChar(0x200b)); // distinct, invisible
    }
    // Drawn bottom-up by QtCharts: reverse so the largest group is on top.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        *set << double(std::max<qint64>(0, rows[i].second));
        labels << rows[i].first;
        counts << (rows[i].second < 0 ? tr("under %1").arg(threshold) : vi.toString(rows[i].second));
        categories << rows[i].first;
        peak = std::max(peak, rows[i].second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    // "Others" is a merge of several groups: there is no single group to filter on.
    auto filterOn = [this, labels, kind, others = tr("Others")](int index) {
        const QString name = labels.value(index);
        if (name.isEmpty() || name == others)
            return;
        CrossFilter f;
        if (kind == EthnicityBars)
            f.ethnicity = name;
        else
            f.religion = name;
        emit filterClicked(f);
    };
    connect(series, &QHorizontalBarSeries::clicked, this, [filterOn](int index, QBarSet*) { filterOn(index); });
    connect(series, &QHorizontalBarSeries::hovered, view, [labels, counts](bool on, int index, QBarSet*) {
        if (on && !labels.value(index).isEmpty())
            QToolTip::showText(QCursor::pos(), labels.value(index) + QStringLiteral(": ") + counts.value(index));
        else
            QToolTip::hideText();
    });
    chart->addSeries(series);
    // The names go on the plot with their counts (BarLabel): a category axis elides long names such as
    // "Tịnh độ cư sĩ Phật hội Việt Nam" to fit a third of a narrow chart, and next to the largest group the
    // small groups' bars are too short to read without a number. The value axis is then redundant.
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setLabelsVisible(false);
    y->setLineVisible(false);
    y->setGridLineVisible(false);
    auto* x = new QValueAxis;
    x->setRange(0, double(peak) * 1.05);
    x->setVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    for (qsizetype i = empty; i < labels.size(); ++i)
        new BarLabel(chart, labels[i], counts[i], set->at(int(i)), int(i), [filterOn, i] { filterOn(int(i)); });
    placeBarLabels(chart);
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
    // Round ticks with thousands separators (5.000, 10.000), not 7873 and 15746.
    auto* y = new QValueAxis;
    y->setRange(0, double(peak) * 1.05);
    y->setTickCount(4);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

} // namespace motcua::statistics
