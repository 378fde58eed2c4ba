#include "NewCasePage.h"

#include "CaseDocumentsPanel.h"
#include "CaseForms.h"
#include "CaseService.h"
#include "Clock.h"
#include "DeletionGrounds.h"
#include "InlineMessage.h"
#include "ProcedureCatalogue.h"
#include "ResidenceDesk.h"
#include "WorkingCalendar.h"
#include "identity/VerdictBadge.h"
#include "pcsc/ReaderMonitor.h"
#include "service/CardService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::residence {

namespace {

enum MemberColumn
{
    MemberName,
    MemberBirth,
    MemberSex,
    MemberId,
    MemberRelationship,
    MemberBirthRegistered, // newborns: date of the birth registration (the 60-day rule)
    MemberColumns
};

QDateEdit* dateEdit(QWidget* parent, const char* name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QComboBox* consentCombo(QWidget* parent, const char* name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->addItem(NewCasePage::tr("Not needed"), int(ConsentKind::None));
    combo->addItem(NewCasePage::tr("Signed on paper (CT01)"), int(ConsentKind::Paper));
    combo->addItem(NewCasePage::tr("Through VNeID"), int(ConsentKind::VNeID));
    return combo;
}

QString sexKey(const QString& cardSex)
{
    return cardSex == QLatin1String("F") ? QStringLiteral("F") : QStringLiteral("M");
}

} // namespace

NewCasePage::NewCasePage(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    m_cards = new card::CardService(this);
    m_message = new shell::InlineMessage(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_receive = new QPushButton(tr("Receive the case and print the &receipt (CT04)"), this);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_receive->setToolTip(tr("Ctrl+Enter"));
    QFont bold = m_receive->font();
    bold.setBold(true);
    m_receive->setFont(bold);
    m_documents = new CaseDocumentsPanel(desk, this);
    m_documents->setObjectName(QStringLiteral("intakeDocuments"));

    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(buildProcedure());
    formLayout->addWidget(buildCard());
    formLayout->addWidget(buildDeclarant());
    formLayout->addWidget(buildMembers());
    formLayout->addWidget(buildConsent());
    formLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_message);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_feeDue, 1);
    bottom->addWidget(m_receive);
    leftLayout->addLayout(bottom);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_documents);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_receive, &QPushButton::clicked, this, &NewCasePage::receive);
    for (auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &NewCasePage::receive);
    }
    connect(m_cards, &card::CardService::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancelRead->show();
        m_read->setEnabled(false);
        m_cardStatus->setText(tr("Reading the card… keep it on the reader."));
    });
    connect(m_cards, &card::CardService::progress, this, [this](const QString& file, qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_cardStatus->setText(tr("Reading %1…").arg(file));
    });
    connect(m_cards, &card::CardService::finished, this, [this](const card::CitizenIdentity& identity) {
        m_progress->hide();
        m_cancelRead->hide();
        m_read->setEnabled(true);
        fillDeclarant(identity);
    });
    connect(m_cards, &card::CardService::failed, this, [this](const Status& status) {
        m_progress->hide();
        m_cancelRead->hide();
        m_read->setEnabled(true);
        m_cardStatus->setText(tr("Could not read the card: %1").arg(status.message()));
    });
    connect(m_cards, &card::CardService::cancelled, this, [this] {
        m_progress->hide();
        m_cancelRead->hide();
        m_read->setEnabled(true);
        m_cardStatus->setText(tr("Reading cancelled."));
    });
    updateProcedure();
    // With the shell's reader monitor, putting the card down after typing the access number reads it at once.
    if (card::ReaderMonitor* monitor = desk.readerMonitor()) {
        auto onReaders = [this](bool available, const QList<card::ReaderState>& readers) {
            bool present = false;
            for (const card::ReaderState& r : readers)
                present = present || r.cardPresent;
            if (!available || readers.isEmpty())
                m_cardStatus->setText(tr("No card reader found. Connect the reader, or type the declaration."));
            else if (present && !m_cardPresent && m_can->text().size() == 6 && !m_cards->isBusy())
                readCard();
            m_cardPresent = present;
        };
        connect(monitor, &card::ReaderMonitor::stateChanged, this, onReaders);
        onReaders(monitor->serviceAvailable(), monitor->readers());
    }
    // Ctrl+P prints the form shown, wherever the focus is on the page.
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, m_documents, &CaseDocumentsPanel::print);
}

void NewCasePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_idNumber->text().isEmpty())
        m_can->setFocus(); // keyboard first: the access number, then the card
}

NewCasePage::~NewCasePage()
{
    m_cards->cancel();
}

QWidget* NewCasePage::buildProcedure()
{
    auto* box = new QGroupBox(tr("Procedure"), this);
    m_procedure = new QComboBox(box);
    m_procedure->setObjectName(QStringLiteral("procedureCombo"));
    for (const ProcedureInfo& p : ProcedureCatalogue::all())
        m_procedure->addItem(ProcedureCatalogue::displayName(p.procedure), int(p.procedure));
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (Channel c : {Channel::InPerson, Channel::Online})
        m_channel->addItem(ProcedureCatalogue::channelName(c), int(c));
    m_byList = new QCheckBox(tr("Group registration by &list"), box);
    m_inDatabase = new QCheckBox(tr("Data already in the national &database"), box);
    m_inDatabase->setChecked(true);
    m_feeDue = new QLabel(this);
    m_feeDue->setObjectName(QStringLiteral("feeDueLabel"));
    m_feeDue->setWordWrap(true);
    auto* f = new QFormLayout(box);
    f->addRow(tr("&Procedure:"), m_procedure);
    f->addRow(tr("C&hannel:"), m_channel);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_byList);
    checks->addWidget(m_inDatabase);
    checks->addStretch();
    f->addRow(checks);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &NewCasePage::updateProcedure);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewCasePage::updateFeeAndDeadline);
    connect(m_byList, &QCheckBox::toggled, this, &NewCasePage::updateFeeAndDeadline);
    connect(m_inDatabase, &QCheckBox::toggled, this, &NewCasePage::updateFeeAndDeadline);
    return box;
}

QWidget* NewCasePage::buildCard()
{
    auto* box = new QGroupBox(tr("Chip ID card of the declarant"), this);
    m_can = lineEdit(box, "canEdit");
    m_can->setPlaceholderText(tr("Access number: last 6 digits of the ID number"));
    m_can->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_can));
    m_can->setMaximumWidth(260);
    m_read = new QPushButton(tr("Read &card"), box);
    m_read->setObjectName(QStringLiteral("readCardButton"));
    m_cancelRead = new QPushButton(tr("Cancel"), box);
    m_cancelRead->hide();
    m_progress = new QProgressBar(box);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cardStatus = new QLabel(tr("Put the card on the reader, type its access number and press Enter."), box);
    m_cardStatus->setObjectName(QStringLiteral("cardStatus"));
    m_cardStatus->setWordWrap(true);
    m_badge = new shell::VerdictBadge(box);
    m_badge->setObjectName(QStringLiteral("verdictBadge"));
    m_badge->hide();
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Access number:"), box);
    label->setBuddy(m_can);
    row->addWidget(label);
    row->addWidget(m_can);
    row->addWidget(m_read);
    row->addWidget(m_cancelRead);
    row->addWidget(m_progress);
    row->addWidget(m_badge);
    row->addStretch();
    auto* v = new QVBoxLayout(box);
    v->addLayout(row);
    v->addWidget(m_cardStatus);
    connect(m_read, &QPushButton::clicked, this, &NewCasePage::readCard);
    connect(m_can, &QLineEdit::returnPressed, this, &NewCasePage::readCard);
    connect(m_cancelRead, &QPushButton::clicked, m_cards, &card::CardService::cancel);
    return box;
}

QWidget* NewCasePage::buildDeclarant()
{
    auto* box = new QGroupBox(tr("Declaration (CT01)"), this);
    m_idNumber = lineEdit(box, "idNumberEdit");
    m_idNumber->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_idNumber));
    m_fullName = lineEdit(box, "fullNameEdit");
    m_birth = dateEdit(box, "birthEdit");
    m_birth->setDate(QDate(1990, 1, 1));
    m_newborn = new QCheckBox(tr("Newborn, birth registered on:"), box);
    m_newborn->setObjectName(QStringLiteral("newbornCheck"));
    m_birthRegistered = dateEdit(box, "birthRegisteredEdit");
    m_birthRegistered->setEnabled(false);
    m_birthRegistered->setDate(m_desk.context().clock ? m_desk.context().clock->now().date() : QDate::currentDate());
    connect(m_newborn, &QCheckBox::toggled, this, [this](bool on) {
        m_birthRegistered->setEnabled(on);
        if (on && m_birthRegistered->date() < m_birth->date())
            m_birthRegistered->setDate(m_birth->date());
    });
    m_sex = new QComboBox(box);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_phone = lineEdit(box, "phoneEdit");
    m_email = lineEdit(box, "emailEdit");
    m_headName = lineEdit(box, "headNameEdit");
    m_relationship = lineEdit(box, "relationshipEdit");
    m_relationship->setPlaceholderText(tr("e.g. Chủ hộ, Con, Vợ"));
    m_headId = lineEdit(box, "headIdEdit");
    m_request = lineEdit(box, "requestEdit");
    m_street = lineEdit(box, "streetEdit");
    m_house = lineEdit(box, "houseEdit");
    m_periodFrom = dateEdit(box, "periodFromEdit");
    m_periodTo = dateEdit(box, "periodToEdit");
    m_destination = lineEdit(box, "destinationEdit");
    m_reason = lineEdit(box, "reasonEdit");
    m_ground = new QComboBox(box);
    m_ground->setObjectName(QStringLiteral("deletionGroundCombo"));
    m_ground->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ground->setMinimumContentsLength(30);

    // Two columns on wide screens: identity on the left, household and request on the right.
    auto* left = new QFormLayout;
    left->addRow(tr("4. &ID number:"), m_idNumber);
    left->addRow(tr("1. Full &name:"), m_fullName);
    left->addRow(tr("2. Date of &birth:"), m_birth);
    auto* newborn = new QHBoxLayout;
    newborn->addWidget(m_newborn);
    newborn->addWidget(m_birthRegistered);
    newborn->addStretch();
    left->addRow(QString(), newborn);
    left->addRow(tr("3. &Sex:"), m_sex);
    left->addRow(tr("5. &Phone:"), m_phone);
    left->addRow(tr("6. &Email:"), m_email);
    auto* right = new QFormLayout;
    right->addRow(tr("7. Household &head:"), m_headName);
    right->addRow(tr("8. Relationship to &head:"), m_relationship);
    right->addRow(tr("9. Head's ID n&umber:"), m_headId);
    right->addRow(tr("10. Re&quest:"), m_request);
    right->addRow(tr("S&treet / hamlet:"), m_street);
    right->addRow(tr("House n&umber:"), m_house);
    m_periodRow = new QWidget(box);
    auto* period = new QFormLayout(m_periodRow);
    period->setContentsMargins(0, 0, 0, 0);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_periodFrom);
    dates->addWidget(new QLabel(QStringLiteral("–"), m_periodRow));
    dates->addWidget(m_periodTo);
    dates->addStretch();
    auto* periodLabel = new QLabel(tr("Perio&d:"), m_periodRow);
    periodLabel->setBuddy(m_periodFrom); // a layout as field takes no buddy: without one the '&' showed
    period->addRow(periodLabel, dates);
    period->addRow(tr("Destinati&on:"), m_destination);
    period->addRow(tr("Legal &ground:"), m_ground);
    period->addRow(tr("Reas&on:"), m_reason);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* v = new QVBoxLayout(box);
    v->addLayout(columns);
    v->addWidget(m_periodRow);
    return box;
}

QWidget* NewCasePage::buildMembers()
{
    auto* box = new QGroupBox(tr("11. Household members changing together"), this);
    m_members = new QTableWidget(0, MemberColumns, box);
    m_members->setObjectName(QStringLiteral("membersTable"));
    m_members->setHorizontalHeaderLabels({tr("Full name"), tr("Date of birth (dd/MM/yyyy)"), tr("Sex (M/F)"),
                                          tr("ID number"), tr("Relationship"),
                                          tr("Birth registered (newborn, dd/MM/yyyy)")});
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->resizeColumnsToContents();
    m_members->setMinimumHeight(90);
    auto* add = new QPushButton(tr("&Add member"), box);
    add->setObjectName(QStringLiteral("addMemberButton"));
    auto* remove = new QPushButton(tr("Remo&ve member"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* v = new QVBoxLayout(box);
    v->addWidget(m_members);
    v->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addMember();
        m_members->setCurrentCell(m_members->rowCount() - 1, 0);
        m_members->editItem(m_members->item(m_members->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
        updateFeeAndDeadline();
    });
    return box;
}

QWidget* NewCasePage::buildConsent()
{
    auto* box = new QGroupBox(tr("Consent of the household head and of the owner"), this);
    m_headConsent = consentCombo(box, "headConsentCombo");
    m_headConsentRef = lineEdit(box, "headConsentRefEdit");
    m_headConsentRef->setPlaceholderText(tr("VNeID consent reference"));
    m_ownerConsent = consentCombo(box, "ownerConsentCombo");
    m_ownerName = lineEdit(box, "ownerNameEdit");
    m_ownerName->setPlaceholderText(tr("Owner's full name"));
    m_ownerId = lineEdit(box, "ownerIdEdit");
    m_ownerId->setPlaceholderText(tr("Owner's ID number"));
    m_ownerConsentRef = lineEdit(box, "ownerConsentRefEdit");
    m_ownerConsentRef->setPlaceholderText(tr("VNeID consent reference"));
    auto* f = new QFormLayout(box);
    auto* head = new QHBoxLayout;
    head->addWidget(m_headConsent);
    head->addWidget(m_headConsentRef, 1);
    f->addRow(tr("Household h&ead:"), head);
    auto* owner = new QHBoxLayout;
    owner->addWidget(m_ownerConsent);
    owner->addWidget(m_ownerName, 1);
    owner->addWidget(m_ownerId, 1);
    owner->addWidget(m_ownerConsentRef, 1);
    f->addRow(tr("O&wner of the home:"), owner);
    auto sync = [this] {
        m_headConsentRef->setEnabled(m_headConsent->currentData().toInt() == int(ConsentKind::VNeID));
        const bool owner = m_ownerConsent->currentData().toInt() != int(ConsentKind::None);
        m_ownerName->setEnabled(owner);
        m_ownerId->setEnabled(owner);
        m_ownerConsentRef->setEnabled(m_ownerConsent->currentData().toInt() == int(ConsentKind::VNeID));
    };
    connect(m_headConsent, &QComboBox::currentIndexChanged, this, sync);
    connect(m_ownerConsent, &QComboBox::currentIndexChanged, this, sync);
    sync();
    return box;
}

void NewCasePage::addMember(const MovingMember& member)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    const QStringList cells{
        member.person.fullName, member.person.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")),
        member.person.sex,      member.person.idNumber,
        member.relationship,    member.person.birthRegisteredOn.toString(QStringLiteral("dd/MM/yyyy"))};
    for (int c = 0; c < MemberColumns; ++c)
        m_members->setItem(row, c, new QTableWidgetItem(cells.value(c)));
    updateFeeAndDeadline();
}

void NewCasePage::updateProcedure()
{
    const auto p = Procedure(m_procedure->currentData().toInt());
    const bool period =
        p == Procedure::TemporaryRegistration || p == Procedure::TemporaryExtension || p == Procedure::TemporaryAbsence;
    m_periodRow->setVisible(period || p == Procedure::PermanentDeletion || p == Procedure::TemporaryDeletion);
    m_periodFrom->setEnabled(period);
    m_periodTo->setEnabled(period);
    m_destination->setEnabled(p == Procedure::TemporaryAbsence);
    // The grounds of the deletion chosen, from the code list of the law; nothing chosen at first.
    const QString chosen = m_ground->currentData().toString();
    m_ground->clear();
    if (DeletionGrounds::isDeletion(p)) {
        m_ground->addItem(tr("— choose the ground —"), QString());
        for (const DeletionGround& g : DeletionGrounds::of(p)) {
            m_ground->addItem(QStringLiteral("%1) %2").arg(g.point, DeletionGrounds::displayName(g.key)), g.key);
            m_ground->setItemData(m_ground->count() - 1, DeletionGrounds::officialText(g), Qt::ToolTipRole);
        }
        m_ground->setCurrentIndex(qMax(0, m_ground->findData(chosen)));
    }
    m_ground->setEnabled(DeletionGrounds::isDeletion(p));
    m_byList->setEnabled(p == Procedure::TemporaryRegistration || p == Procedure::TemporaryExtension);
    m_inDatabase->setEnabled(p == Procedure::Confirmation || p == Procedure::Declaration);
    const QDate today = m_desk.context().clock ? m_desk.context().clock->now().date() : QDate::currentDate();
    if (period && !m_periodFrom->date().isValid())
        m_periodFrom->setDate(today);
    if (period && m_periodTo->date() <= m_periodFrom->date()) {
        m_periodFrom->setDate(today);
        m_periodTo->setDate(p == Procedure::TemporaryAbsence ? today.addMonths(6) : today.addYears(1));
    }
    updateFeeAndDeadline();
}

void NewCasePage::updateFeeAndDeadline()
{
    const auto p = Procedure(m_procedure->currentData().toInt());
    const auto c = Channel(m_channel->currentData().toInt());
    const bool byList = m_byList->isEnabled() && m_byList->isChecked();
    const int persons = 1 + m_members->rowCount();
    const int fee = ProcedureCatalogue::fee(p, c, byList, persons);
    const QDateTime now = m_desk.context().clock ? m_desk.context().clock->now() : QDateTime::currentDateTime();
    QString due;
    if (m_desk.context().calendar) {
        const QDateTime at = ProcedureCatalogue::dueAt(*m_desk.context().calendar, p,
                                                       !m_inDatabase->isEnabled() || m_inDatabase->isChecked(), now);
        due = at.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
    }
    m_feeDue->setText(tr("Fee: <b>%1</b> · Result due: <b>%2</b>").arg(CaseForms::money(fee), due));
}

void NewCasePage::readCard()
{
    if (m_cards->isBusy())
        return;
    const QString can = m_can->text().trimmed();
    if (can.size() != 6) {
        m_cardStatus->setText(tr("Type the card's access number first: the last six digits of the ID number."));
        m_can->setFocus();
        return;
    }
    card::ReadOptions options;
    options.key.can = can;
    options.readPortrait = false; // the forms need no portrait
    m_cards->startRead(QString(), options);
}

void NewCasePage::fillDeclarant(const card::CitizenIdentity& identity)
{
    const card::HolderData& h = identity.holder;
    m_idNumber->setText(h.idNumber);
    m_fullName->setText(h.fullName);
    if (h.dateOfBirth.isValid())
        m_birth->setDate(h.dateOfBirth);
    m_sex->setCurrentIndex(m_sex->findData(sexKey(h.sex)));
    m_badge->setVerdict(shell::VerdictBadge::verdictOf(identity));
    m_badge->show();
    m_cardStatus->setText(tr("Read from the chip. Check the fields and complete the declaration."));
    m_phone->setFocus();
}

CaseIntake NewCasePage::intake() const
{
    CaseIntake in;
    in.procedure = Procedure(m_procedure->currentData().toInt());
    in.channel = Channel(m_channel->currentData().toInt());
    in.declarant.idNumber = m_idNumber->text().trimmed();
    in.declarant.fullName = m_fullName->text().simplified();
    in.declarant.dateOfBirth = m_birth->date();
    in.declarant.sex = m_sex->currentData().toString();
    if (m_newborn->isChecked())
        in.declarant.birthRegisteredOn = m_birthRegistered->date();
    in.declarant.phone = m_phone->text().trimmed();
    in.declarant.email = m_email->text().trimmed();
    in.headName = m_headName->text().simplified();
    in.relationshipToHead = m_relationship->text().simplified();
    in.headIdNumber = m_headId->text().trimmed();
    in.requestContent = m_request->text().simplified();
    in.address.provinceCode = m_desk.provinceCode();
    in.address.communeCode = m_desk.communeCode();
    in.address.street = m_street->text().simplified();
    in.address.houseNumber = m_house->text().simplified();
    if (m_periodFrom->isEnabled()) {
        in.periodFrom = m_periodFrom->date();
        in.periodTo = m_periodTo->date();
    }
    in.destination = m_destination->isEnabled() ? m_destination->text().simplified() : QString();
    in.reason = m_reason->text().simplified();
    if (m_ground->isEnabled())
        in.deletionGround = m_ground->currentData().toString();
    in.byList = m_byList->isEnabled() && m_byList->isChecked();
    in.inDatabase = !m_inDatabase->isEnabled() || m_inDatabase->isChecked();
    for (int r = 0; r < m_members->rowCount(); ++r) {
        auto cell = [&](int c) {
            return m_members->item(r, c) ? m_members->item(r, c)->text().simplified() : QString();
        };
        if (cell(MemberName).isEmpty() && cell(MemberId).isEmpty())
            continue;
        MovingMember m;
        m.person.fullName = cell(MemberName);
        m.person.dateOfBirth = QDate::fromString(cell(MemberBirth), QStringLiteral("dd/MM/yyyy"));
        const QString sex = cell(MemberSex).toUpper();
        m.person.sex =
            (sex == QLatin1String("F") || sex == QLatin1String("NỮ")) ? QStringLiteral("F") : QStringLiteral("M");
        m.person.idNumber = cell(MemberId);
        m.relationship = cell(MemberRelationship);
        m.person.birthRegisteredOn = QDate::fromString(cell(MemberBirthRegistered), QStringLiteral("dd/MM/yyyy"));
        in.members << m;
    }
    in.headConsent.kind = ConsentKind(m_headConsent->currentData().toInt());
    in.headConsent.name = in.headName;
    in.headConsent.idNumber = in.headIdNumber;
    in.headConsent.vneidReference = m_headConsentRef->text().trimmed();
    in.ownerConsent.kind = ConsentKind(m_ownerConsent->currentData().toInt());
    in.ownerConsent.name = m_ownerName->text().simplified();
    in.ownerConsent.idNumber = m_ownerId->text().trimmed();
    in.ownerConsent.vneidReference = m_ownerConsentRef->text().trimmed();
    return in;
}

bool NewCasePage::receive()
{
    auto store = m_desk.store();
    if (!store) {
        m_message->showMessage(shell::InlineMessage::Kind::Error, store.status().message());
        return false;
    }
    // A typed birth-registration date that is not a date would silently drop the 60-day rule: say so instead.
    for (int r = 0; r < m_members->rowCount(); ++r) {
        const QTableWidgetItem* item = m_members->item(r, MemberBirthRegistered);
        const QString text = item ? item->text().simplified() : QString();
        if (!text.isEmpty() && !QDate::fromString(text, QStringLiteral("dd/MM/yyyy")).isValid()) {
            m_message->showMessage(
                shell::InlineMessage::Kind::Error,
                tr("Member %1: write the birth registration date as dd/MM/yyyy, or leave it empty.").arg(r + 1));
            return false;
        }
    }
    CaseService cases(**store);
    const Session session = m_desk.session();
    auto received = cases.receive(session, intake());
    if (!received) {
        // The form stays as typed so the operator only fixes what the message names.
        m_message->showMessage(shell::InlineMessage::Kind::Error, received.status().message());
        return false;
    }
    m_lastCaseId = received->id;
    auto record = cases.caseRecord(session, received->id);
    if (record) {
        m_documents->setCase(*record);
        m_documents->selectForm(documents::ResidenceForm::CT04);
    }
    const QString done = tr("Case %1 received; result due %2. Print the receipt (CT04) for the citizen: Ctrl+P.")
                             .arg(received->number, received->dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
    // A rule that did not stop the intake (a newborn registered late) is shown with the receipt, as a warning.
    if (received->warnings.isEmpty())
        m_message->showMessage(shell::InlineMessage::Kind::Information, done);
    else
        m_message->showMessage(shell::InlineMessage::Kind::Warning,
                               done + QLatin1Char('\n') + received->warnings.join(QLatin1Char('\n')));
    emit caseReceived(received->id, received->number);
    clearForm();
    return true;
}

void NewCasePage::clearForm()
{
    for (QLineEdit* e :
         {m_can, m_idNumber, m_fullName, m_phone, m_email, m_headName, m_relationship, m_headId, m_request, m_street,
          m_house, m_destination, m_reason, m_headConsentRef, m_ownerName, m_ownerId, m_ownerConsentRef})
        e->clear();
    m_members->setRowCount(0);
    m_birth->setDate(QDate(1990, 1, 1));
    m_newborn->setChecked(false);
    m_ground->setCurrentIndex(0);
    m_sex->setCurrentIndex(0);
    m_headConsent->setCurrentIndex(0);
    m_ownerConsent->setCurrentIndex(0);
    m_badge->hide();
    m_cardStatus->setText(tr("Put the card on the reader, type its access number and press Enter."));
    updateFeeAndDeadline();
}

} // namespace motcua::residence
