#include "InsideNowPage.h"

#include "CheckInService.h"
#include "Clock.h"
#include "Session.h"
#include "VisitorDocuments.h"
#include "VisitorsDesk.h"

#include "PdfPrinting.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::visitors {

InsideNowPage::InsideNowPage(VisitorsDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("visitors.inside"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("insideCount"));
    QFont f = m_count->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_count->setFont(f);
    m_byHost = new QLabel(this);
    m_byHost->setObjectName(QStringLiteral("insideByHost"));
    m_byHost->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("insideTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Badge"), tr("Full name"), tr("ID number"), tr("Host"), tr("Department"),
                                        tr("In since"), tr("Expected until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_badge = new QLineEdit(this);
    m_badge->setObjectName(QStringLiteral("checkoutBadgeEdit"));
    m_badge->setPlaceholderText(tr("Badge number"));
    m_badge->setMaximumWidth(160);
    auto* byBadge = new QPushButton(tr("Check out &badge"), this);
    byBadge->setObjectName(QStringLiteral("checkoutBadgeButton"));
    auto* selected = new QPushButton(tr("Check out &selected"), this);
    selected->setObjectName(QStringLiteral("checkoutSelectedButton"));
    auto* muster = new QPushButton(tr("Print &evacuation list"), this);
    muster->setObjectName(QStringLiteral("musterButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("insideMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(muster);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Check out by badge:"), this));
    bottom->addWidget(m_badge);
    bottom->addWidget(byBadge);
    bottom->addStretch();
    bottom->addWidget(selected);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_byHost);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_message);

    connect(byBadge, &QPushButton::clicked, this, &InsideNowPage::checkOutByBadge);
    connect(m_badge, &QLineEdit::returnPressed, this, &InsideNowPage::checkOutByBadge);
    connect(selected, &QPushButton::clicked, this, &InsideNowPage::checkOutSelected);
    connect(muster, &QPushButton::clicked, this, &InsideNowPage::printMusterList);
    connect(&m_desk, &VisitorsDesk::visitsChanged, this, &InsideNowPage::refresh);
    // Overstays show up without anyone touching the screen.
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    timer->start(60 * 1000);
    refresh();
}

void InsideNowPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_badge->setFocus();
}

void InsideNowPage::refresh()
{
    auto store = m_desk.store();
    if (!store) {
        showMessage(store.status().message(), true);
        return;
    }
    CheckInService service(**store);
    const QList<VisitRow> inside = service.insideNow();
    const bool fullId = m_desk.session().has(QStringLiteral("citizen.fullid"));
    Q_UNUSED(fullId); // lists always show the masked number; the full one only on the record
    const QDateTime now = m_desk.context().clock->now();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(inside.size()));
    for (int row = 0; row < inside.size(); ++row) {
        const VisitRow& v = inside.at(row);
        const QDateTime until = v.checkedInAt.addSecs(qint64(v.expectedMinutes) * 60);
        const QStringList cells = {v.badgeNumber,
                                   v.flagged ? QStringLiteral("⚠ ") + v.fullName : v.fullName,
                                   v.idMasked,
                                   v.hostName,
                                   v.department,
                                   v.checkedInAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                   until.toString(QStringLiteral("HH:mm")) +
                                       (until < now ? tr(" (overdue)") : QString())};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.visitId);
            m_table->setItem(row, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_count->setText(tr("%n visitor(s) inside", nullptr, int(inside.size())));
    QStringList parts;
    const QMap<QString, int> byDept = service.insideCountByDepartment();
    for (auto it = byDept.begin(); it != byDept.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key().isEmpty() ? tr("(no department)") : it.key()).arg(it.value());
    QStringList hosts;
    const QMap<QString, int> byHost = service.insideCountByHost();
    for (auto it = byHost.begin(); it != byHost.end(); ++it)
        hosts << QStringLiteral("%1: %2").arg(it.key().isEmpty() ? tr("(no host)") : it.key()).arg(it.value());
    m_byHost->setText(tr("By department — %1\nBy host — %2")
                          .arg(parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", ")),
                               hosts.isEmpty() ? QStringLiteral("—") : hosts.join(QStringLiteral(", "))));
}

void InsideNowPage::checkOutSelected()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        showMessage(tr("Select a visitor in the list first."), true);
        return;
    }
    auto store = m_desk.store();
    if (!store)
        return;
    auto out = CheckInService(**store).checkOutVisit(m_desk.session(), items.first()->data(Qt::UserRole).toLongLong(),
                                                     CheckoutMethod::List);
    if (!out) {
        showMessage(out.status().message(), true);
        return;
    }
    showMessage(tr("Checked out: %1 (badge %2).").arg(out->fullName, out->badgeNumber), false);
    emit m_desk.visitsChanged();
}

void InsideNowPage::checkOutByBadge()
{
    auto store = m_desk.store();
    if (!store)
        return;
    auto out = CheckInService(**store).checkOutByBadge(m_desk.session(), m_badge->text());
    if (!out) {
        showMessage(out.status().message(), true);
        return;
    }
    m_badge->clear();
    showMessage(tr("Checked out: %1 (badge %2).").arg(out->fullName, out->badgeNumber), false);
    emit m_desk.visitsChanged();
}

void InsideNowPage::printMusterList()
{
    auto store = m_desk.store();
    if (!store)
        return;
    const QList<VisitRow> inside = CheckInService(**store).insideNow();
    const RegisterHeader header{m_desk.agencyName(), m_desk.placeName(), m_desk.context().clock->now(),
                                m_desk.session().username()};
    (void)(*store)->audit(m_desk.session(), QStringLiteral("visitors.muster.print"), QStringLiteral("visitors"), 0,
                          {{QStringLiteral("count"), int(inside.size())}});
    const QString file =
        m_desk.outputFolder() +
        QStringLiteral("/evacuation-%1.pdf").arg(header.printedAt.toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, file] {
        if (watcher->result()) {
            showMessage(tr("Evacuation list written to %1").arg(file), false);
            PdfPrinting::openPreview(file, tr("Print evacuation list"), this);
        } else
            showMessage(tr("The evacuation list could not be written to %1.").arg(file), true);
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([file, header, inside] { return VisitorDocuments::writeMusterList(file, header, inside); }));
}

void InsideNowPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }")
                                   : QStringLiteral("QLabel { color: #1e7b34; }"));
}

} // namespace motcua::visitors
