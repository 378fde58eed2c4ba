#pragma once

#include <QHeaderView>
#include <QLabel>
#include <QString>
#include <QStringList>
#include <QTableWidget>

namespace motcua::visitors {

/// Small shared bits of the visitors pages: a read-only sortable table and the one-line status message.
inline QTableWidget* makeTable(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

inline void fillRow(QTableWidget* table, int row, const QStringList& cells, qint64 id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

inline void setMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }")
                               : QStringLiteral("QLabel { color: #1e7b34; }"));
}

} // namespace motcua::visitors
