#include "CaseTable.h"

#include "CaseWorkflow.h"
#include "Icons.h"
#include "ProcedureCatalogue.h"
#include "ResidenceDesk.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace motcua::residence {

CaseTable::CaseTable(ResidenceDesk& desk, QWidget* parent) : QTableWidget(0, 8, parent), m_desk(desk)
{
    setHorizontalHeaderLabels({tr("Due"), tr("Case"), tr("Procedure"), tr("Declarant"), tr("ID number"), tr("State"),
                               tr("Officer"), tr("Received")});
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* it = item(row, 1))
            emit caseActivated(it->data(Qt::UserRole).toLongLong());
    });
}

void CaseTable::setCases(const QList<CaseSummary>& cases)
{
    setSortingEnabled(false);
    setRowCount(0);
    const QIcon warning = shell::shippedIcon(QLatin1String("emblem-warning"));
    for (const CaseSummary& c : cases) {
        const int row = rowCount();
        insertRow(row);
        QString due = c.dueAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        if (c.overdue)
            due = tr("Overdue – %1").arg(due);
        const QStringList cells{due,
                                c.number,
                                ProcedureCatalogue::displayName(c.procedure),
                                c.declarantName,
                                m_desk.listedId(c.declarantIdNumber),
                                CaseWorkflow::displayName(c.state),
                                c.assignedTo,
                                c.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == 0)
                item->setData(Qt::UserRole + 1, c.dueAt); // sort by time, not by text
            if (col == 1)
                item->setData(Qt::UserRole, c.id);
            if (c.overdue) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                if (col == 0)
                    item->setIcon(warning);
            }
            setItem(row, col, item);
        }
    }
    setSortingEnabled(true);
    resizeColumnsToContents();
    if (rowCount() > 0)
        selectRow(0);
}

qint64 CaseTable::currentCaseId() const
{
    const QTableWidgetItem* it = item(currentRow(), 1);
    return it ? it->data(Qt::UserRole).toLongLong() : 0;
}

void CaseTable::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentCaseId() != 0) {
        emit caseActivated(currentCaseId());
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace motcua::residence
