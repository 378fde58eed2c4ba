#include "RegistryPage.h"

#include "DeskQuery.h"
#include "HouseholdRegistry.h"
#include "InlineMessage.h"
#include "PersonRegistry.h"
#include "ResidenceDesk.h"
#include "ResidenceNotifier.h"
#include "TableHelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace motcua::residence {

using namespace ui;

namespace {

QString kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Permanent:
        return RegistryPage::tr("Permanent");
    case RecordKind::Temporary:
        return RegistryPage::tr("Temporary");
    case RecordKind::Absence:
        return RegistryPage::tr("Temporary absence");
    case RecordKind::Declared:
        return RegistryPage::tr("Declared");
    }
    return {};
}

QString sexName(const QString& sex)
{
    return sex == QLatin1String("F") ? RegistryPage::tr("Female") : RegistryPage::tr("Male");
}

} // namespace

RegistryPage::RegistryPage(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setPlaceholderText(tr("Name (with or without accents), ID number, or household number (HK-…)"));
    m_search->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    m_message = new shell::InlineMessage(this);
    m_searchQuery = new DeskQuery(desk, this);
    m_detailQuery = new DeskQuery(desk, this);
    m_expiringQuery = new DeskQuery(desk, this);
    m_busy = makeBusyBar(this, m_searchQuery);
    m_persons = makeTable(this, "personsTable",
                          {tr("Full name"), tr("ID number"), tr("Date of birth"), tr("Sex"), tr("Address")});
    m_households = makeTable(this, "householdsTable", {tr("Household"), tr("Head"), tr("Address"), tr("Members")});
    m_members = makeTable(this, "membersTable", {tr("Full name"), tr("ID number"), tr("Relationship"), tr("Since")});
    m_history = makeTable(this, "historyTable", {tr("Full name"), tr("Relationship"), tr("From"), tr("To")});
    m_records = makeTable(this, "recordsTable", {tr("Kind"), tr("Address"), tr("From"), tr("To"), tr("Closed")});
    m_expiring = makeTable(this, "expiringTable",
                           {tr("Ends"), tr("Days left"), tr("Full name"), tr("ID number"), tr("Address")});
    for (QTableWidget* t : {m_persons, m_households, m_expiring})
        t->setSortingEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("registryTabs"));
    m_tabs->addTab(m_members, tr("Household &members"));
    m_tabs->addTab(m_history, tr("Membership &history"));
    m_tabs->addTab(m_records, tr("Residence &records"));

    auto* results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(m_persons);
    results->addWidget(m_households);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);
    auto* expiringBox = new QWidget(this);
    auto* ev = new QVBoxLayout(expiringBox);
    ev->setContentsMargins(0, 0, 0, 0);
    auto* expLabel = new QLabel(tr("Temporary residence ending within 15 days"), expiringBox);
    expLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    ev->addWidget(expLabel);
    ev->addWidget(m_expiring);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_tabs);
    lower->addWidget(expiringBox);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(results);
    vertical->addWidget(lower);

    auto* bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(vertical, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_persons, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_persons->currentRow() >= 0)
            showPerson(rowKey(m_persons, m_persons->currentRow()).toLongLong());
    });
    connect(m_households, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_households->currentRow() >= 0)
            showHousehold(rowKey(m_households, m_households->currentRow()).toLongLong());
    });
    connect(m_expiring, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_expiring->currentRow() >= 0)
            showPerson(rowKey(m_expiring, m_expiring->currentRow()).toLongLong());
    });
    if (ResidenceNotifier* n = desk.notifier())
        connect(n, &ResidenceNotifier::registryChanged, this, [this] {
            if (isVisible())
                refreshExpiring();
        });
}

void RegistryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshExpiring();
    m_search->setFocus();
}

void RegistryPage::refreshExpiring()
{
    const Session session = m_desk.session();
    m_expiringQuery->run<QList<ExpiringTemporary>>(
        [session](const ResidenceStore& store) { return HouseholdRegistry(store).expiringTemporary(session, 15); },
        [this](Result<QList<ExpiringTemporary>> expiring) {
            if (!expiring) {
                m_message->showMessage(shell::InlineMessage::Kind::Error, expiring.status().message());
                return;
            }
            m_expiring->setRowCount(0);
            for (const ExpiringTemporary& e : *expiring)
                appendRow(m_expiring,
                          {dmy(e.to), QString::number(e.daysLeft), e.fullName, m_desk.listedId(e.idNumber), e.address},
                          e.personId);
            m_expiring->resizeColumnsToContents();
        });
}

struct RegistryPage::Found
{
    QList<PersonSummary> persons;
    QList<Household> households;
};

void RegistryPage::search(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return;
    const Session session = m_desk.session();
    m_message->clear();
    m_detailQuery->cancel(); // the details of the previous result no longer belong on screen
    m_searchQuery->run<Found>(
        [session, text](const ResidenceStore& store) -> Result<Found> {
            auto persons = PersonRegistry(store).search(session, text);
            if (!persons)
                return persons.status();
            auto households = HouseholdRegistry(store).search(session, text);
            return Found{*persons, households ? *households : QList<Household>()};
        },
        [this, text](Result<Found> found) { showFound(text, found); });
}

void RegistryPage::showFound(const QString& text, const Result<Found>& found)
{
    m_persons->setRowCount(0);
    m_households->setRowCount(0);
    if (!found) {
        m_message->showMessage(shell::InlineMessage::Kind::Error, found.status().message());
        return;
    }
    for (const PersonSummary& p : found->persons)
        appendRow(m_persons, {p.fullName, m_desk.listedId(p.idNumber), dmy(p.dateOfBirth), sexName(p.sex), p.address},
                  p.id);
    for (const Household& h : found->households) {
        QString head;
        for (const HouseholdMember& m : h.members)
            if (m.personId == h.headPersonId)
                head = m.fullName;
        appendRow(m_households, {h.number, head, h.address.display(), QString::number(h.members.size())}, h.id);
    }
    m_persons->resizeColumnsToContents();
    m_households->resizeColumnsToContents();
    if (m_persons->rowCount() == 0 && m_households->rowCount() == 0)
        m_message->showMessage(shell::InlineMessage::Kind::Information,
                               tr("Nobody found for \"%1\". Try fewer words or the ID number.").arg(text));
    else if (m_persons->rowCount() > 0)
        m_persons->selectRow(0);
}

struct RegistryPage::Details
{
    std::optional<QList<ResidenceRecord>> records; // set when a person was asked for
    std::optional<Household> household;
    QList<HouseholdMember> history;
};

namespace {
void loadHousehold(const HouseholdRegistry& households, const Session& session, qint64 householdId,
                   std::optional<Household>& household, QList<HouseholdMember>& history)
{
    if (householdId == 0)
        return;
    if (auto h = households.household(session, householdId))
        household = *h;
    if (auto found = households.history(session, householdId))
        history = *found;
}
} // namespace

void RegistryPage::showPerson(qint64 personId)
{
    if (personId == 0)
        return;
    const Session session = m_desk.session();
    m_detailQuery->run<Details>(
        [session, personId](const ResidenceStore& store) -> Result<Details> {
            HouseholdRegistry households(store);
            Details d;
            qint64 householdId = 0;
            if (auto records = households.records(session, personId)) {
                d.records = *records;
                for (const ResidenceRecord& r : *records)
                    if (!r.closedOn.isValid() && r.householdId != 0 && householdId == 0)
                        householdId = r.householdId;
            }
            loadHousehold(households, session, householdId, d.household, d.history);
            return d;
        },
        [this](Result<Details> d) { showDetails(d); });
}

void RegistryPage::showHousehold(qint64 householdId)
{
    if (householdId == 0)
        return;
    const Session session = m_desk.session();
    m_detailQuery->run<Details>(
        [session, householdId](const ResidenceStore& store) -> Result<Details> {
            Details d;
            loadHousehold(HouseholdRegistry(store), session, householdId, d.household, d.history);
            return d;
        },
        [this](Result<Details> d) { showDetails(d); });
}

void RegistryPage::showDetails(const Result<Details>& d)
{
    if (!d)
        return;
    if (d->records) {
        m_records->setRowCount(0);
        for (const ResidenceRecord& r : *d->records)
            appendRow(m_records, {kindName(r.kind), r.address.display(), dmy(r.from), dmy(r.to), dmy(r.closedOn)},
                      r.id);
        m_records->resizeColumnsToContents();
    }
    if (!d->household && d->records)
        return; // a person without a current household keeps the household tabs as they were
    m_members->setRowCount(0);
    if (d->household)
        for (const HouseholdMember& m : d->household->members)
            appendRow(m_members, {m.fullName, m_desk.listedId(m.idNumber), m.relationship, dmy(m.from)}, m.personId);
    m_history->setRowCount(0);
    for (const HouseholdMember& m : d->history)
        appendRow(m_history, {m.fullName, m.relationship, dmy(m.from), dmy(m.to)}, m.personId);
    m_members->resizeColumnsToContents();
    m_history->resizeColumnsToContents();
}

} // namespace motcua::residence
