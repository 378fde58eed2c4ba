#include "CasePage.h"

#include "CaseService.h"
#include "CaseTable.h"
#include "CaseView.h"
#include "DeskQuery.h"
#include "InlineMessage.h"
#include "ResidenceDesk.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace motcua::residence {

CasePage::CasePage(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Case number (2026-000042), 2026-* for a year, or the declarant's ID number"));
    m_search->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&Find case:"), this);
    label->setBuddy(m_search);
    m_message = new shell::InlineMessage(this);
    m_query = new DeskQuery(desk, this);
    m_results = new CaseTable(desk, this);
    m_results->setObjectName(QStringLiteral("caseResults"));
    m_results->setMaximumHeight(160);
    m_view = new CaseView(desk, this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_search, 1);
    bar->addWidget(ui::makeBusyBar(this, m_query));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_results);
    layout->addWidget(m_view, 1);
    m_results->hide();
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_results, &CaseTable::caseActivated, m_view, &CaseView::showCase);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const qint64 id = m_results->currentCaseId())
            m_view->showCase(id);
    });
    setFocusProxy(m_search);
}

void CasePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_search->setFocus();
}

void CasePage::find(const QString& input)
{
    const QString text = input.trimmed();
    m_message->clear();
    if (text.isEmpty())
        return;
    const Session session = m_desk.session();
    CaseFilter filter;
    if (QRegularExpression(QStringLiteral("^\\d{12}$")).match(text).hasMatch())
        filter.declarantIdNumber = text;
    else
        filter.number = text;
    filter.limit = 100;
    m_query->run<QList<CaseSummary>>(
        [session, filter](const ResidenceStore& store) { return CaseService(store).find(session, filter); },
        [this, text](Result<QList<CaseSummary>> found) { showFound(text, found); });
}

void CasePage::showFound(const QString& text, const Result<QList<CaseSummary>>& found)
{
    if (!found) {
        m_message->showMessage(shell::InlineMessage::Kind::Error, found.status().message());
        return;
    }
    if (found->isEmpty()) {
        m_results->hide();
        m_view->clear();
        m_message->showMessage(shell::InlineMessage::Kind::Warning,
                               tr("No case matches \"%1\". Check the number on the receipt (CT04).").arg(text));
        return;
    }
    m_results->setCases(*found); // selects its first row, which opens that case
    m_results->setVisible(found->size() > 1);
    if (m_view->caseId() != m_results->currentCaseId())
        m_view->showCase(m_results->currentCaseId());
}

} // namespace motcua::residence
