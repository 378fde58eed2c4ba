#pragma once

#include <QMap>
#include <QWidget>

namespace motcua::statistics {

/// A tile map of the 34 provinces (one square each, placed roughly where the province lies), shaded by
/// an indicator. Drawn with QPainter from a bundled layout: it needs no network, no WebEngine and no
/// boundary geometry, and it stays legible at 1366×768 where small provinces would vanish on a true map.
class ProvinceMap : public QWidget
{
    Q_OBJECT
public:
    explicit ProvinceMap(QWidget* parent = nullptr);
    /// Province code ("01") → value; `caption` names the indicator in the legend.
    void setValues(const QMap<QString, double>& values, const QString& caption);
    void setSelected(const QString& provinceCode);
    QSize sizeHint() const override { return {260, 360}; }

signals:
    void provinceClicked(const QString& provinceCode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF tileRect(int col, int row) const;
    QString provinceAt(const QPointF& pos) const;

    QMap<QString, double> m_values;
    QString m_caption;
    QString m_selected;
};

} // namespace motcua::statistics
