#include "CaseView.h"

#include "CaseDocumentsPanel.h"
#include "CaseForms.h"
#include "CaseService.h"
#include "CaseWorkflow.h"
#include "DeletionGrounds.h"
#include "DeskQuery.h"
#include "DialogButtons.h"
#include "InlineMessage.h"
#include "ProcedureCatalogue.h"
#include "ResidenceDesk.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::residence {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

CaseView::CaseView(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new shell::InlineMessage(this);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_actions = new QHBoxLayout;
    m_history = new QTableWidget(0, 4, this);
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Change"), tr("Officer"), tr("Note")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents = new CaseDocumentsPanel(desk, this);
    m_query = new DeskQuery(desk, this);

    auto* left = new QWidget(this);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(ui::makeBusyBar(left, m_query));
    l->addLayout(titleRow);
    l->addWidget(m_details);
    l->addLayout(m_actions);
    l->addWidget(m_message);
    auto* historyLabel = new QLabel(tr("History"), left);
    historyLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    l->addWidget(historyLabel);
    l->addWidget(m_history, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_documents);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    clear();
    // Ctrl+P prints the form shown, wherever the focus is on the page.
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, m_documents, &CaseDocumentsPanel::print);
}

void CaseView::clear()
{
    m_query->cancel();
    m_caseId = 0;
    m_record.reset();
    m_title->setText(tr("No case open"));
    m_details->clear();
    m_history->setRowCount(0);
    m_message->clear();
    m_documents->clear();
    rebuildActions();
}

void CaseView::showCase(qint64 caseId)
{
    m_message->clear();
    if (caseId != m_caseId || !m_record) {
        // Another case: nothing of the previous one stays on screen while the worker reads.
        m_caseId = caseId;
        m_record.reset();
        m_title->setText(tr("Loading case…"));
        m_details->clear();
        m_history->setRowCount(0);
        m_documents->clear();
        rebuildActions();
    }
    reload();
}

void CaseView::reload()
{
    // The same case again (after a transition): the page stays as it is, its buttons wait for the new state.
    for (int i = 0; i < m_actions->count(); ++i)
        if (QWidget* w = m_actions->itemAt(i)->widget())
            w->setEnabled(false);
    const qint64 id = m_caseId;
    const Session session = m_desk.session();
    m_query->run<Loaded>(
        [session, id](const ResidenceStore& store) -> Result<Loaded> {
            CaseService cases(store);
            auto record = cases.caseRecord(session, id);
            if (!record)
                return record.status();
            auto events = cases.events(session, id);
            if (!events)
                return events.status();
            return Loaded{*record, *events};
        },
        [this](Result<Loaded> loaded) { fill(loaded); });
}

void CaseView::fill(const Result<Loaded>& loaded)
{
    if (!loaded) {
        m_record.reset();
        m_title->setText(tr("No case open"));
        m_message->showMessage(shell::InlineMessage::Kind::Error, loaded.status().message());
        rebuildActions();
        return;
    }
    m_record = loaded->record;
    const CaseSummary& s = m_record->summary;
    m_title->setText(tr("Case %1 – %2").arg(s.number, ProcedureCatalogue::displayName(s.procedure)));
    QString details =
        tr("State: <b>%1</b><br>Declarant: %2 (%3)<br>Received: %4 · Due: %5 · Fee: %6<br>Channel: %7 · Officer: %8")
            .arg(CaseWorkflow::displayName(s.state), s.declarantName.toHtmlEscaped(),
                 m_desk.listedId(s.declarantIdNumber), when(s.receivedAt), when(s.dueAt), CaseForms::money(s.feeVnd),
                 ProcedureCatalogue::channelName(s.channel), s.assignedTo.toHtmlEscaped());
    if (const auto ground = DeletionGrounds::find(s.procedure, m_record->intake.deletionGround))
        details += QStringLiteral("<br>") + tr("Ground: %1 (%2)")
                                                .arg(DeletionGrounds::displayName(ground->key).toHtmlEscaped(),
                                                     ground->legalBasis.toHtmlEscaped());
    if (DeletionGrounds::isDeletion(s.procedure) && !m_record->intake.reason.trimmed().isEmpty())
        details += QStringLiteral("<br>") + tr("Details: %1").arg(m_record->intake.reason.trimmed().toHtmlEscaped());
    if (s.overdue)
        details += QStringLiteral("<br><span style='color:#b00020'>⚠ ") + tr("Overdue") + QStringLiteral("</span>");
    m_details->setText(details);
    m_history->setRowCount(0);
    for (const CaseEvent& e : loaded->events) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QString change = e.from == e.to ? CaseWorkflow::displayName(e.to)
                                              : CaseWorkflow::displayName(e.from) + QStringLiteral(" → ") +
                                                    CaseWorkflow::displayName(e.to);
        const QStringList cells{when(e.at), change, e.operatorName, e.note};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
    rebuildActions();
    m_documents->setCase(*m_record);
}

void CaseView::rebuildActions()
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_record) {
        m_actions->addStretch();
        return;
    }
    // Only the moves the workflow table allows from this state get a button.
    for (CaseState to : CaseWorkflow::next(m_record->summary.state)) {
        QString text;
        QString name;
        switch (to) {
        case CaseState::CompletionRequested:
            text = tr("Request &completion (CT05)…");
            name = QStringLiteral("requestCompletionButton");
            break;
        case CaseState::Resubmitted:
            text = tr("File &completed");
            name = QStringLiteral("resubmitButton");
            break;
        case CaseState::UnderReview:
            text = tr("Start &review");
            name = QStringLiteral("startReviewButton");
            break;
        case CaseState::Approved:
            text = tr("&Approve");
            name = QStringLiteral("approveButton");
            break;
        case CaseState::Refused:
            text = tr("Re&fuse (CT06)…");
            name = QStringLiteral("refuseButton");
            break;
        case CaseState::ResultReturned:
            text = tr("Result &returned");
            name = QStringLiteral("returnResultButton");
            break;
        case CaseState::Received:
            continue;
        }
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, to] { act(to); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch();
}

void CaseView::act(CaseState to)
{
    if (!m_record)
        return;
    auto store = m_desk.store();
    if (!store)
        return;
    CaseService cases(**store);
    const Session session = m_desk.session();
    Status status;
    bool ok = true;
    switch (to) {
    case CaseState::CompletionRequested: {
        const QString text = ui::askMultiLineText(this, tr("Request completion"),
                                                  tr("What is missing (one item per line; printed on CT05):"), &ok);
        if (!ok)
            return;
        status = cases.requestCompletion(session, m_caseId, text.trimmed());
        break;
    }
    case CaseState::Refused: {
        const QString text = ui::askMultiLineText(this, tr("Refuse"),
                                                  tr("Reasons for the refusal (one per line; printed on CT06):"), &ok);
        if (!ok)
            return;
        status = cases.refuse(session, m_caseId, text.trimmed());
        break;
    }
    case CaseState::Approved:
        if (!ui::confirm(this, tr("Approve"),
                         tr("Approve case %1? The registry is updated at once.").arg(m_record->summary.number),
                         tr("&Approve")))
            return;
        status = cases.approve(session, m_caseId);
        break;
    case CaseState::Resubmitted:
        status = cases.resubmit(session, m_caseId);
        break;
    case CaseState::UnderReview:
        status = cases.startReview(session, m_caseId);
        break;
    case CaseState::ResultReturned:
        status = cases.returnResult(session, m_caseId);
        break;
    case CaseState::Received:
        return;
    }
    if (!status) {
        m_message->showMessage(shell::InlineMessage::Kind::Error, status.message());
        return;
    }
    reload();
    m_message->showMessage(
        shell::InlineMessage::Kind::Information,
        tr("Case %1 is now: %2.").arg(m_record ? m_record->summary.number : QString(), CaseWorkflow::displayName(to)));
    emit caseChanged(m_caseId);
}

} // namespace motcua::residence
