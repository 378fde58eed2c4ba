#include "WatchlistPage.h"

#include "HostDirectory.h"
#include "PageHelpers.h"
#include "VisitorsDesk.h"
#include "Watchlist.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::visitors {

WatchlistPage::WatchlistPage(VisitorsDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("visitors.watchlist"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("watchIdEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("watchNameEdit"));
    m_birth = new QDateEdit(QDate(1990, 1, 1), this);
    m_birth->setObjectName(QStringLiteral("watchBirthEdit"));
    m_birth->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("watchReasonEdit"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("watchLevelCombo"));
    m_level->addItem(tr("High"), QStringLiteral("high"));
    m_level->addItem(tr("Medium"), QStringLiteral("medium"));
    m_level->addItem(tr("Low"), QStringLiteral("low"));
    auto* add = new QPushButton(tr("&Add to watchlist"), this);
    add->setObjectName(QStringLiteral("watchAddButton"));
    auto* remove = new QPushButton(tr("&Remove selected"), this);
    remove->setObjectName(QStringLiteral("watchRemoveButton"));
    m_table =
        makeTable(this, QStringLiteral("watchTable"),
                  {tr("ID number"), tr("Full name"), tr("Date of birth"), tr("Reason"), tr("Level"), tr("Added")});
    m_hostName = new QLineEdit(this);
    m_hostName->setObjectName(QStringLiteral("hostNameEdit"));
    m_hostDept = new QLineEdit(this);
    m_hostDept->setObjectName(QStringLiteral("hostDeptEdit"));
    auto* addHost = new QPushButton(tr("Add &host"), this);
    addHost->setObjectName(QStringLiteral("hostAddButton"));
    m_hosts = makeTable(this, QStringLiteral("hostsTable"), {tr("Host"), tr("Department")});
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("watchMessage"));

    auto* watchBox = new QGroupBox(tr("Watchlist"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("ID number:"), m_id);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Date of birth:"), m_birth);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Level:"), m_level);
    form->addRow(QString(), add);
    auto* watchLayout = new QVBoxLayout(watchBox);
    watchLayout->addLayout(form);
    watchLayout->addWidget(m_table, 1);
    watchLayout->addWidget(remove, 0, Qt::AlignRight);
    auto* hostBox = new QGroupBox(tr("Hosts and departments"), this);
    auto* hostForm = new QFormLayout;
    hostForm->addRow(tr("Name:"), m_hostName);
    hostForm->addRow(tr("Department:"), m_hostDept);
    hostForm->addRow(QString(), addHost);
    auto* hostLayout = new QVBoxLayout(hostBox);
    hostLayout->addLayout(hostForm);
    hostLayout->addWidget(m_hosts, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(watchBox, 3);
    columns->addWidget(hostBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &WatchlistPage::addEntry);
    connect(remove, &QPushButton::clicked, this, &WatchlistPage::removeEntry);
    connect(addHost, &QPushButton::clicked, this, &WatchlistPage::addHost);
    refresh();
}

void WatchlistPage::refresh()
{
    auto store = m_desk.store();
    if (!store)
        return;
    const QList<WatchlistEntry> entries = Watchlist(**store).list();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const WatchlistEntry& e = entries.at(row);
        fillRow(m_table, row,
                {e.idMasked, e.fullName, e.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")), e.reason, e.level,
                 e.createdAt.toString(QStringLiteral("dd/MM/yyyy"))},
                e.id);
    }
    const QList<Host> hosts = HostDirectory(**store).list();
    m_hosts->setRowCount(int(hosts.size()));
    for (int row = 0; row < hosts.size(); ++row)
        fillRow(m_hosts, row, {hosts.at(row).name, hosts.at(row).department}, hosts.at(row).id);
}

void WatchlistPage::addEntry()
{
    auto store = m_desk.store();
    if (!store)
        return;
    WatchlistEntry e;
    e.fullName = m_name->text().simplified();
    e.dateOfBirth = e.fullName.isEmpty() ? QDate() : m_birth->date();
    e.reason = m_reason->text();
    e.level = m_level->currentData().toString();
    auto id = Watchlist(**store).add(m_desk.session(), m_id->text(), e);
    setMessage(m_message, id ? tr("Added to the watchlist.") : id.status().message(), !id);
    if (id) {
        m_id->clear();
        m_name->clear();
        m_reason->clear();
    }
    refresh();
}

void WatchlistPage::removeEntry()
{
    auto store = m_desk.store();
    const auto items = m_table->selectedItems();
    if (!store || items.isEmpty())
        return;
    const Status s = Watchlist(**store).remove(m_desk.session(), items.first()->data(Qt::UserRole).toLongLong());
    setMessage(m_message, s ? tr("Removed from the watchlist.") : s.message(), !s);
    refresh();
}

void WatchlistPage::addHost()
{
    auto store = m_desk.store();
    if (!store)
        return;
    auto id = HostDirectory(**store).add(m_desk.session(), {0, m_hostName->text(), m_hostDept->text(), {}, true});
    setMessage(m_message, id ? tr("Host added.") : id.status().message(), !id);
    if (id) {
        m_hostName->clear();
        m_hostDept->clear();
    }
    refresh();
}

} // namespace motcua::visitors
