#include "ProvinceMap.h"

#include "AdminUnits.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace motcua::statistics {

namespace {
struct Tile
{
    const char* code;
    int col, row;
};
// North at the top; columns run west to east.
constexpr Tile kTiles[] = {
    {"12", 1, 0},  {"15", 2, 0},  {"08", 3, 0},  {"04", 4, 0},  {"11", 0, 1},  {"14", 1, 1},  {"25", 2, 1},
    {"19", 3, 1},  {"20", 4, 1},  {"01", 2, 2},  {"24", 3, 2},  {"22", 4, 2},  {"37", 2, 3},  {"33", 3, 3},
    {"31", 4, 3},  {"38", 2, 4},  {"40", 2, 5},  {"42", 3, 6},  {"44", 3, 7},  {"46", 4, 8},  {"48", 4, 9},
    {"51", 4, 10}, {"52", 4, 11}, {"66", 4, 12}, {"68", 3, 13}, {"56", 4, 13}, {"80", 1, 14}, {"79", 2, 14},
    {"75", 3, 14}, {"91", 0, 15}, {"82", 1, 15}, {"86", 2, 15}, {"96", 0, 16}, {"92", 1, 16},
};
constexpr int kCols = 5, kRows = 17;
} // namespace

ProvinceMap::ProvinceMap(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(180, 260);
    setMouseTracking(true);
}

void ProvinceMap::setValues(const QMap<QString, double>& values, const QString& caption)
{
    m_values = values;
    m_caption = caption;
    update();
}

void ProvinceMap::setSelected(const QString& provinceCode)
{
    m_selected = provinceCode;
    update();
}

QRectF ProvinceMap::tileRect(int col, int row) const
{
    const double legend = 34;
    const double side = std::min(width() / double(kCols), (height() - legend) / double(kRows));
    const double x0 = (width() - side * kCols) / 2;
    return QRectF(x0 + col * side + 1, row * side + 1, side - 2, side - 2);
}

QString ProvinceMap::provinceAt(const QPointF& pos) const
{
    for (const Tile& t : kTiles)
        if (tileRect(t.col, t.row).contains(pos))
            return QString::fromLatin1(t.code);
    return {};
}

void ProvinceMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    double maxValue = 0;
    for (double v : m_values)
        maxValue = std::max(maxValue, v);
    const QColor low(0xe3, 0xf2, 0xfd), high(0x0d, 0x47, 0xa1);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
    p.setFont(small);
    for (const Tile& t : kTiles) {
        const QString code = QString::fromLatin1(t.code);
        const double share = maxValue > 0 ? m_values.value(code) / maxValue : 0;
        const QColor fill = QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * share,
                                             low.greenF() + (high.greenF() - low.greenF()) * share,
                                             low.blueF() + (high.blueF() - low.blueF()) * share);
        const QRectF r = tileRect(t.col, t.row);
        p.setPen(code == m_selected ? QPen(QColor(0xe6, 0x51, 0x00), 3) : QPen(Qt::white, 1));
        p.setBrush(fill);
        p.drawRect(r);
        p.setPen(share > 0.5 ? Qt::white : Qt::black);
        p.drawText(r, Qt::AlignCenter, code);
    }
    // Legend: the colour ramp with its two ends, so the shading is never the only carrier of the value.
    const QRectF ramp(8, height() - 26, width() - 16, 8);
    QLinearGradient g(ramp.topLeft(), ramp.topRight());
    g.setColorAt(0, low);
    g.setColorAt(1, high);
    p.fillRect(ramp, g);
    p.setPen(palette().color(QPalette::WindowText));
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    p.drawText(QRectF(8, height() - 16, width() - 16, 16), Qt::AlignLeft, QStringLiteral("0"));
    p.drawText(QRectF(8, height() - 16, width() - 16, 16), Qt::AlignRight, vi.toString(qint64(maxValue)));
    p.drawText(QRectF(8, height() - 16, width() - 16, 16), Qt::AlignHCenter, m_caption);
}

void ProvinceMap::mousePressEvent(QMouseEvent* event)
{
    const QString code = provinceAt(event->position());
    if (!code.isEmpty()) {
        const Province* province = AdminUnits::instance().province(code);
        setToolTip(province ? province->name : code);
        emit provinceClicked(code);
    }
}

} // namespace motcua::statistics
