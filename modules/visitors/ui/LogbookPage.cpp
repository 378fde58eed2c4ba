#include "LogbookPage.h"

#include "Clock.h"
#include "DutyLogbook.h"
#include "PageHelpers.h"
#include "VisitorDocuments.h"
#include "VisitorsDesk.h"

#include "PdfPrinting.h"
#include <QComboBox>
#include <QDateEdit>

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::visitors {

LogbookPage::LogbookPage(VisitorsDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("visitors.logbook"));
    const QDateTime now = desk.context().clock->now();
    m_day = new QDateEdit(DutyLogbook::shiftDayOf(now), this);
    m_day->setObjectName(QStringLiteral("logbookDay"));
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setCalendarPopup(true);
    m_shift = new QComboBox(this);
    m_shift->setObjectName(QStringLiteral("logbookShift"));
    for (int s = 0; s <= 3; ++s)
        m_shift->addItem(DutyLogbook::shiftName(s), s);
    m_table =
        makeTable(this, QStringLiteral("logbookTable"),
                  {tr("Time"), tr("Event"), tr("Visitor"), tr("Badge"), tr("Host"), tr("Operator"), tr("Remark")});
    m_remark = new QLineEdit(this);
    m_remark->setObjectName(QStringLiteral("logbookRemarkEdit"));
    m_remark->setPlaceholderText(tr("Remark for the logbook (hand-over, incidents…)"));
    auto* add = new QPushButton(tr("&Add remark"), this);
    add->setObjectName(QStringLiteral("logbookAddRemark"));
    auto* pdf = new QPushButton(tr("&PDF (A4)"), this);
    pdf->setObjectName(QStringLiteral("logbookPdfButton"));
    auto* print = new QPushButton(tr("P&rint…"), this);
    print->setObjectName(QStringLiteral("logbookPrintButton"));
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    auto* xlsx = new QPushButton(tr("E&xcel (XLSX)"), this);
    xlsx->setObjectName(QStringLiteral("logbookXlsxButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("logbookMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_day);
    top->addWidget(m_shift);
    top->addStretch();
    top->addWidget(print);
    top->addWidget(pdf);
    top->addWidget(xlsx);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_remark, 1);
    bottom->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_message);
    connect(m_day, &QDateEdit::dateChanged, this, &LogbookPage::refresh);
    connect(m_shift, &QComboBox::currentIndexChanged, this, &LogbookPage::refresh);
    connect(add, &QPushButton::clicked, this, &LogbookPage::addRemark);
    connect(m_remark, &QLineEdit::returnPressed, this, &LogbookPage::addRemark);
    connect(print, &QPushButton::clicked, this, [this] { exportTo(true, true); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(&m_desk, &VisitorsDesk::visitsChanged, this, &LogbookPage::refresh);
    refresh();
}

void LogbookPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void LogbookPage::refresh()
{
    auto store = m_desk.store();
    if (!store)
        return;
    const QList<LogbookEntry> entries = DutyLogbook(**store).entries(m_day->date(), m_shift->currentData().toInt());
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const LogbookEntry& e = entries.at(row);
        fillRow(m_table, row,
                {e.at.toString(QStringLiteral("HH:mm")), DutyLogbook::kindLabel(e.kind), e.visitorName, e.badgeNumber,
                 e.hostName, e.operatorName, e.remark},
                e.id);
    }
    m_table->resizeColumnsToContents();
}

void LogbookPage::addRemark()
{
    auto store = m_desk.store();
    if (!store)
        return;
    if (Status s = DutyLogbook(**store).addRemark(m_desk.session(), m_remark->text()); !s) {
        setMessage(m_message, s.message(), true);
        return;
    }
    m_remark->clear();
    setMessage(m_message, tr("Remark added."), false);
    refresh();
}

void LogbookPage::exportTo(bool pdf, bool preview)
{
    auto store = m_desk.store();
    if (!store)
        return;
    const QDate day = m_day->date();
    const int shift = m_shift->currentData().toInt();
    const QList<LogbookEntry> entries = DutyLogbook(**store).entries(day, shift);
    const RegisterHeader header{m_desk.agencyName(), m_desk.placeName(), m_desk.context().clock->now(),
                                m_desk.session().username()};
    (void)(*store)->audit(m_desk.session(), QStringLiteral("visitors.logbook.export"), QStringLiteral("visitors"), 0,
                          {{QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx")},
                           {QStringLiteral("lines"), int(entries.size())}});
    const QString file = m_desk.outputFolder() + QStringLiteral("/logbook-%1-%2.%3")
                                                     .arg(day.toString(QStringLiteral("yyyyMMdd")))
                                                     .arg(shift)
                                                     .arg(pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx"));
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, file, preview] {
        setMessage(m_message,
                   watcher->result() ? tr("Logbook written to %1").arg(file)
                                     : tr("The logbook could not be written to %1.").arg(file),
                   !watcher->result());
        if (watcher->result() && preview)
            PdfPrinting::openPreview(file, tr("Print duty logbook"), this);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([=] {
        return pdf ? VisitorDocuments::writeLogbookPdf(file, header, day, shift, entries)
                   : VisitorDocuments::writeLogbookXlsx(file, day, shift, entries);
    }));
}

} // namespace motcua::visitors
