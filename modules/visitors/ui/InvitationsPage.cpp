#include "InvitationsPage.h"

#include "Clock.h"
#include "HostDirectory.h"
#include "InvitationBook.h"
#include "PageHelpers.h"
#include "VisitorsDesk.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace motcua::visitors {

InvitationsPage::InvitationsPage(VisitorsDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("visitors.invitations"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("inviteIdEdit"));
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_id));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("inviteNameEdit"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("inviteHostCombo"));
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("invitePurposeEdit"));
    const QDateTime now = desk.context().clock->now();
    m_from = new QDateTimeEdit(now, this);
    m_from->setObjectName(QStringLiteral("inviteFromEdit"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_until = new QDateTimeEdit(now.addSecs(4 * 3600), this);
    m_until->setObjectName(QStringLiteral("inviteUntilEdit"));
    m_until->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    auto* invite = new QPushButton(tr("&Invite"), this);
    invite->setObjectName(QStringLiteral("inviteButton"));
    auto* cancel = new QPushButton(tr("&Cancel selected invitation"), this);
    cancel->setObjectName(QStringLiteral("inviteCancelButton"));
    m_table =
        makeTable(this, QStringLiteral("invitationsTable"),
                  {tr("Guest"), tr("ID number"), tr("Host"), tr("From"), tr("Until"), tr("Purpose"), tr("Status")});
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inviteMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("ID number (12 digits):"), m_id);
    form->addRow(tr("Guest's full name:"), m_name);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("Until:"), m_until);
    form->addRow(QString(), invite);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(cancel, 0, Qt::AlignRight);
    connect(invite, &QPushButton::clicked, this, &InvitationsPage::invite);
    connect(cancel, &QPushButton::clicked, this, &InvitationsPage::cancelSelected);
    connect(&m_desk, &VisitorsDesk::visitsChanged, this, &InvitationsPage::refresh);
    refresh();
}

void InvitationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void InvitationsPage::refresh()
{
    auto store = m_desk.store();
    if (!store)
        return;
    const QVariant host = m_host->currentData();
    m_host->clear();
    m_host->addItem(tr("(no host)"), 0);
    for (const Host& h : HostDirectory(**store).list())
        m_host->addItem(h.department.isEmpty() ? h.name : QStringLiteral("%1 — %2").arg(h.name, h.department), h.id);
    m_host->setCurrentIndex(qMax(0, m_host->findData(host)));
    const QDateTime now = m_desk.context().clock->now();
    const QList<Invitation> list = InvitationBook(**store).upcoming(now.addDays(-1));
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Invitation& i = list.at(row);
        const QString status = i.usedVisitId        ? tr("Arrived")
                               : i.validUntil < now ? tr("Expired")
                               : i.validFrom <= now ? tr("Expected now")
                                                    : tr("Coming");
        fillRow(m_table, row,
                {i.guestName, i.idMasked, i.hostName, i.validFrom.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 i.validUntil.toString(QStringLiteral("dd/MM/yyyy HH:mm")), i.purpose, status},
                i.id);
    }
    m_table->resizeColumnsToContents();
}

void InvitationsPage::invite()
{
    auto store = m_desk.store();
    if (!store)
        return;
    Invitation inv;
    inv.guestName = m_name->text().simplified();
    inv.hostId = m_host->currentData().toLongLong();
    inv.purpose = m_purpose->text();
    inv.validFrom = m_from->dateTime();
    inv.validUntil = m_until->dateTime();
    auto id = InvitationBook(**store).invite(m_desk.session(), m_id->text(), inv);
    if (!id) {
        setMessage(m_message, id.status().message(), true);
        return;
    }
    setMessage(m_message, tr("%1 is invited.").arg(inv.guestName), false);
    m_id->clear();
    m_name->clear();
    m_purpose->clear();
    refresh();
}

void InvitationsPage::cancelSelected()
{
    const auto items = m_table->selectedItems();
    auto store = m_desk.store();
    if (items.isEmpty() || !store)
        return;
    if (Status s = InvitationBook(**store).cancel(m_desk.session(), items.first()->data(Qt::UserRole).toLongLong()); !s)
        setMessage(m_message, s.message(), true);
    refresh();
}

} // namespace motcua::visitors
