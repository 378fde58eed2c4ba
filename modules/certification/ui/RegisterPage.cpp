#include "RegisterPage.h"

#include "CertificationRegister.h"
#include "CertificationTr.h"
#include "Clock.h"
#include "CurrentOperator.h"
#include "Fee.h"
#include "ServiceRegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::certification {

namespace {

Session currentSession(const ModuleContext& c)
{
    auto* op = c.services ? c.services->get<shell::CurrentOperator>(shell::CurrentOperator::kServiceName) : nullptr;
    return op ? op->session() : Session();
}

} // namespace

QString maskIdNumber(const QString& id)
{
    if (id.size() <= 6)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 6, QLatin1Char('*')) + id.right(2);
}

RegisterPage::RegisterPage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_year(new QSpinBox(this)), m_search(new QLineEdit(this)),
      m_table(new QTableWidget(0, 9, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("certificationRegisterPage"));
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock ? context.clock->today().year() : QDate::currentDate().year());
    m_search->setPlaceholderText(Tr::tr("Search requester, document or number"));
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("Number"), Tr::tr("Date"), Tr::tr("Requester"), Tr::tr("ID number"),
                                        Tr::tr("Document"), Tr::tr("Pages"), Tr::tr("Copies"), Tr::tr("Fee"),
                                        Tr::tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    auto* cancel = new QPushButton(Tr::tr("&Cancel entry…"), this);
    auto* close = new QPushButton(Tr::tr("Close the &year…"), this);
    connect(m_year, &QSpinBox::valueChanged, this, &RegisterPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &RegisterPage::reload);
    connect(cancel, &QPushButton::clicked, this, &RegisterPage::cancelSelected);
    connect(close, &QPushButton::clicked, this, &RegisterPage::closeYear);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(Tr::tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_search, 1);
    bar->addWidget(cancel);
    bar->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    reload();
}

void RegisterPage::reload()
{
    if (!m_context.database)
        return;
    const Session session = currentSession(m_context);
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    auto entries = reg.search(session, m_year->value(), m_search->text());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!entries) {
        m_status->setText(entries.status().message());
        return;
    }
    const bool fullId = session.has(perm::CitizenFullId);
    for (const RegisterEntry& e : *entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {e.certificationNumber,
                                   e.date.toString(QStringLiteral("dd/MM/yyyy")),
                                   e.requesterName,
                                   fullId ? e.requesterIdNumber : maskIdNumber(e.requesterIdNumber),
                                   e.documentName,
                                   QString::number(e.pages),
                                   QString::number(e.copies),
                                   Fee::format(e.fee),
                                   e.status == QStringLiteral("cancelled") ? Tr::tr("Cancelled: %1").arg(e.cancelReason)
                                                                           : Tr::tr("Certified")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->setSortingEnabled(true);
    const bool closed = reg.isClosed(m_year->value(), QStringLiteral("01"));
    m_status->setText(Tr::tr("%n entry(ies)", nullptr, int(entries->size())) +
                      (closed ? Tr::tr(" — the book is closed.") : QString()));
}

void RegisterPage::cancelSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString number = m_table->item(row, 0)->text();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, Tr::tr("Cancel a certification"),
        Tr::tr("Why is certification %1 cancelled? The entry stays in the register, marked cancelled.").arg(number),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    const Status s = reg.cancel(currentSession(m_context), number, reason);
    m_status->setText(s ? Tr::tr("Certification %1 is cancelled.").arg(number) : s.message());
    reload();
}

void RegisterPage::closeYear()
{
    const int year = m_year->value();
    if (QMessageBox::question(this, Tr::tr("Close the register"),
                              Tr::tr("Close book 01 of %1? No entry can be added to it afterwards.").arg(year)) !=
        QMessageBox::Yes)
        return;
    CertificationRegister reg(*m_context.database, *m_context.audit, *m_context.clock);
    auto count = reg.closeYear(currentSession(m_context), year, QStringLiteral("01"));
    m_status->setText(count ? Tr::tr("Book 01 of %1 is closed with %2 entries.").arg(year).arg(*count)
                            : count.status().message());
    reload();
}

} // namespace motcua::certification
