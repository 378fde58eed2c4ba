#include "HistoryPage.h"

#include "Clock.h"
#include "HostDirectory.h"
#include "PageHelpers.h"
#include "SubjectRights.h"
#include "VisitHistory.h"
#include "VisitorsDesk.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::visitors {

namespace {
QString methodLabel(CheckoutMethod m)
{
    switch (m) {
    case CheckoutMethod::None:
        return HistoryPage::tr("inside");
    case CheckoutMethod::Badge:
        return HistoryPage::tr("badge");
    case CheckoutMethod::Card:
        return HistoryPage::tr("card");
    case CheckoutMethod::List:
        return HistoryPage::tr("list");
    case CheckoutMethod::Automatic:
        return HistoryPage::tr("automatic");
    }
    return {};
}
} // namespace

HistoryPage::HistoryPage(VisitorsDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("visitors.history"));
    const QDate today = desk.context().clock->today();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("historyNameEdit"));
    m_name->setPlaceholderText(tr("Name, with or without accents"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("historyIdEdit"));
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("historyHost"));
    m_host->addItem(tr("(any host)"), 0);
    if (auto store = desk.store())
        for (const Host& h : HostDirectory(**store).list(false))
            m_host->addItem(h.name, h.id);
    auto* find = new QPushButton(tr("&Search"), this);
    find->setObjectName(QStringLiteral("historySearchButton"));
    auto* exportButton = new QPushButton(tr("E&xport person's data…"), this);
    exportButton->setObjectName(QStringLiteral("subjectExportButton"));
    auto* eraseButton = new QPushButton(tr("E&rase person's data…"), this);
    eraseButton->setObjectName(QStringLiteral("subjectEraseButton"));
    const bool rights = desk.session().has(perm::SubjectRights);
    exportButton->setVisible(rights);
    eraseButton->setVisible(rights);
    m_table = makeTable(
        this, QStringLiteral("historyTable"),
        {tr("In"), tr("Out"), tr("How"), tr("Full name"), tr("ID number"), tr("Host"), tr("Purpose"), tr("Badge")});
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_name, 2);
    filters->addWidget(m_id, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_host, 1);
    filters->addWidget(find);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(exportButton);
    actions->addWidget(eraseButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(find, &QPushButton::clicked, this, &HistoryPage::search);
    connect(m_name, &QLineEdit::returnPressed, this, &HistoryPage::search);
    connect(m_id, &QLineEdit::returnPressed, this, &HistoryPage::search);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showPerson(m_table->item(row, 0)->data(Qt::UserRole + 1).toLongLong()); });
    connect(exportButton, &QPushButton::clicked, this, [this] { subjectRequest(false); });
    connect(eraseButton, &QPushButton::clicked, this, [this] { subjectRequest(true); });
}

static void fill(QTableWidget* table, const QList<VisitRow>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const VisitRow& v = rows.at(row);
        fillRow(table, row,
                {v.checkedInAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 v.checkedOutAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")), methodLabel(v.checkoutMethod), v.fullName,
                 v.idMasked, v.hostName, v.purpose, v.badgeNumber},
                v.visitId);
        table->item(row, 0)->setData(Qt::UserRole + 1, v.profileId);
    }
    table->resizeColumnsToContents();
}

void HistoryPage::search()
{
    auto store = m_desk.store();
    if (!store)
        return;
    HistoryQuery q;
    q.name = m_name->text();
    q.idNumber = m_id->text();
    q.from = m_from->date();
    q.to = m_to->date();
    q.hostId = m_host->currentData().toLongLong();
    const QList<VisitRow> rows = VisitHistory(**store).search(q);
    fill(m_table, rows);
    (void)(*store)->audit(m_desk.session(), QStringLiteral("visitors.history.search"), QStringLiteral("visitors"), 0,
                          {{QStringLiteral("results"), int(rows.size())}});
    setMessage(m_message, tr("%n visit(s) found.", nullptr, int(rows.size())), false);
}

void HistoryPage::showPerson(qint64 profileId)
{
    auto store = m_desk.store();
    if (!store || !profileId)
        return;
    const QList<VisitRow> rows = VisitHistory(**store).visitsOf(profileId);
    fill(m_table, rows);
    (void)(*store)->audit(m_desk.session(), QStringLiteral("visitors.history.person"), QStringLiteral("profile"),
                          profileId);
    setMessage(m_message, tr("All %n visit(s) of this person.", nullptr, int(rows.size())), false);
}

void HistoryPage::subjectRequest(bool erase)
{
    auto store = m_desk.store();
    const QString id = m_id->text().trimmed();
    if (!store || id.size() != 12) {
        setMessage(m_message, tr("Type the person's 12-digit ID number in the ID field first."), true);
        return;
    }
    SubjectRights rights(**store);
    if (erase) {
        QMessageBox box(QMessageBox::Warning, tr("Erase personal data"),
                        tr("All visits, the profile and the portrait of this person will be deleted for good. "
                           "Continue?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("subjectEraseBox"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
        auto report = rights.erasePerson(m_desk.session(), id);
        setMessage(m_message,
                   report ? tr("Erased: %1 visit(s), %2 profile(s).").arg(report->visits).arg(report->profiles)
                          : report.status().message(),
                   !report);
        emit m_desk.visitsChanged();
        return;
    }
    auto doc = rights.exportPerson(m_desk.session(), id);
    if (!doc) {
        setMessage(m_message, doc.status().message(), true);
        return;
    }
    const QString file =
        m_desk.outputFolder() + QStringLiteral("/subject-access-%1.json")
                                    .arg(m_desk.context().clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile out(file);
    const bool ok = out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(*doc).toJson()) > 0;
    setMessage(m_message, ok ? tr("The person's data was written to %1").arg(file) : tr("Could not write %1").arg(file),
               !ok);
}

} // namespace motcua::visitors
