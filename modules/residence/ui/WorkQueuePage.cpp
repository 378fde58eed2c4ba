#include "WorkQueuePage.h"

#include "CaseService.h"
#include "CaseTable.h"
#include "CaseView.h"
#include "Clock.h"
#include "DeskQuery.h"
#include "DialogButtons.h"
#include "InlineMessage.h"
#include "ProcedureCatalogue.h"
#include "ResidenceDesk.h"
#include "ResidenceNotifier.h"
#include "WorkQueue.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace motcua::residence {

namespace {
enum View
{
    DueToday,
    Overdue,
    AllOpen
};
} // namespace

WorkQueuePage::WorkQueuePage(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("queueCounts"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->addItem(tr("Due today"), DueToday);
    m_view->addItem(tr("Overdue"), Overdue);
    m_view->addItem(tr("All open cases"), AllOpen);
    m_procedure = new QComboBox(this);
    m_procedure->setObjectName(QStringLiteral("queueProcedure"));
    m_procedure->addItem(tr("All procedures"), QString());
    for (const ProcedureInfo& p : ProcedureCatalogue::all())
        m_procedure->addItem(ProcedureCatalogue::displayName(p.procedure), p.key);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("queueOfficer"));
    m_officer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table = new CaseTable(desk, this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_rows = new QLabel(this);
    m_message = new shell::InlineMessage(this);
    m_query = new DeskQuery(desk, this);
    m_busy = ui::makeBusyBar(this, m_query);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(tr("Refresh the list (F5)"));

    auto* filters = new QHBoxLayout;
    auto addFilter = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addFilter(tr("&Show:"), m_view);
    addFilter(tr("&Procedure:"), m_procedure);
    addFilter(tr("O&fficer:"), m_officer);
    filters->addStretch();
    filters->addWidget(m_busy);
    filters->addWidget(refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rows);

    for (QComboBox* c : {m_view, m_procedure, m_officer})
        connect(c, &QComboBox::activated, this, &WorkQueuePage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &WorkQueuePage::refresh);
    connect(m_table, &CaseTable::caseActivated, this, &WorkQueuePage::openCase);
    if (ResidenceNotifier* n = desk.notifier())
        connect(n, &ResidenceNotifier::casesChanged, this, [this] {
            if (isVisible())
                refresh();
        });
}

void WorkQueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_table->setFocus();
}

struct WorkQueuePage::QueueData
{
    QueueCounts counts;
    QList<CaseSummary> cases;
};

void WorkQueuePage::refresh()
{
    const Session session = m_desk.session();
    CaseFilter filter;
    filter.assignedTo = m_officer->currentData().toString();
    if (auto p = ProcedureCatalogue::fromKey(m_procedure->currentData().toString()))
        filter.procedure = *p;
    switch (m_view->currentData().toInt()) {
    case DueToday:
        filter.dueOn = m_desk.context().clock ? m_desk.context().clock->now().date() : QDate::currentDate();
        filter.states = {CaseState::Received, CaseState::Resubmitted, CaseState::UnderReview};
        break;
    case Overdue:
        filter.overdueOnly = true;
        break;
    default:
        filter.states = {CaseState::Received, CaseState::CompletionRequested, CaseState::Resubmitted,
                         CaseState::UnderReview};
        break;
    }
    m_query->run<QueueData>(
        [session, filter](const ResidenceStore& store) -> Result<QueueData> {
            auto counts = WorkQueue(store).counts(session);
            if (!counts)
                return counts.status();
            auto cases = CaseService(store).find(session, filter);
            if (!cases)
                return cases.status();
            return QueueData{*counts, *cases};
        },
        [this, session](Result<QueueData> data) { showQueue(session, data); });
}

void WorkQueuePage::showQueue(const Session& session, const Result<QueueData>& data)
{
    if (!data) {
        m_message->showMessage(shell::InlineMessage::Kind::Error, data.status().message());
        return;
    }
    m_message->clear();
    const QueueCounts& counts = data->counts;
    m_counts->setText(tr("<b>%1</b> due today · <b style='color:#b00020'>⚠ %2 overdue</b> · %3 open")
                          .arg(counts.dueToday)
                          .arg(counts.overdue)
                          .arg(counts.open));
    // Officers with open cases, the operator first.
    const QString chosen = m_officer->currentData().toString();
    {
        const QSignalBlocker block(m_officer);
        m_officer->clear();
        m_officer->addItem(tr("All officers"), QString());
        m_officer->addItem(tr("Me (%1)").arg(session.username()), session.username());
        for (auto it = counts.openByOfficer.cbegin(); it != counts.openByOfficer.cend(); ++it)
            if (it.key() != session.username() && !it.key().isEmpty())
                m_officer->addItem(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
        m_officer->setCurrentIndex(qMax(0, m_officer->findData(chosen)));
    }
    m_table->setCases(data->cases);
    m_rows->setText(tr("%n case(s)", nullptr, int(data->cases.size())));
}

void WorkQueuePage::openCase(qint64 caseId)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Case"));
    dialog.resize(1200, 680);
    auto* view = new CaseView(m_desk, &dialog);
    QDialogButtonBox* buttons = ui::closeButtons(dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    view->showCase(caseId);
    dialog.exec();
    refresh();
}

} // namespace motcua::residence
