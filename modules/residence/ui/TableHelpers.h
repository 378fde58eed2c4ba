#pragma once

#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>
#include <QVariant>

namespace motcua::residence::ui {

/// A read-only, sortable table with the given column titles.
inline QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    return t;
}

/// Appends a row; `key` goes to the first cell's Qt::UserRole.
inline int appendRow(QTableWidget* t, const QStringList& cells, const QVariant& key = {})
{
    const bool sorting = t->isSortingEnabled();
    t->setSortingEnabled(false);
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, key);
        t->setItem(row, c, item);
    }
    t->setSortingEnabled(sorting);
    return row;
}

inline QVariant rowKey(const QTableWidget* t, int row)
{
    const QTableWidgetItem* item = t->item(row, 0);
    return item ? item->data(Qt::UserRole) : QVariant();
}

inline QString dmy(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace motcua::residence::ui
