#include "AccommodationPage.h"

#include "AccommodationRegister.h"
#include "Clock.h"
#include "DeskQuery.h"
#include "DialogButtons.h"
#include "InlineMessage.h"
#include "ResidenceDesk.h"
#include "ResidenceNotifier.h"
#include "TableHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::residence {

using namespace ui;

namespace {

QString dmyhm(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

/// What one refresh reads on the worker.
struct AccommodationLists
{
    QList<Lodging> lodgings;
    QList<GuestNotice> notices;
    QList<NoticeProblem> problems;
};

} // namespace

AccommodationPage::AccommodationPage(ResidenceDesk& desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    const QDate today = desk.context().clock ? desk.context().clock->now().date() : QDate::currentDate();
    m_message = new shell::InlineMessage(this);
    m_query = new DeskQuery(desk, this);
    m_lodgings =
        makeTable(this, "lodgingsTable", {tr("Lodging"), tr("Kind"), tr("Address"), tr("Keeper"), tr("Phone")});
    m_notices = makeTable(
        this, "noticesTable",
        {tr("Arrival"), tr("Guest"), tr("Document"), tr("Nationality"), tr("Until"), tr("Notified"), tr("Reason")});
    m_problems =
        makeTable(this, "problemsTable", {tr("Problem"), tr("Lodging"), tr("Guest"), tr("Arrival"), tr("Deadline")});
    m_from = new QDateEdit(today.addDays(-7), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
    }
    m_problemCount = new QLabel(this);
    m_problemCount->setObjectName(QStringLiteral("problemCount"));
    auto* addLodging = new QPushButton(tr("New &lodging…"), this);
    auto* addNotice = new QPushButton(tr("New &notice…"), this);
    addNotice->setObjectName(QStringLiteral("addNoticeButton"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportXlsx = new QPushButton(tr("Export &XLSX…"), this);

    auto* bar = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(ui::makeBusyBar(this, m_query));
    bar->addStretch();
    bar->addWidget(addLodging);
    bar->addWidget(addNotice);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportXlsx);

    auto titled = [this](const QString& title, QWidget* body, QWidget* extra = nullptr) {
        auto* w = new QWidget(this);
        auto* v = new QVBoxLayout(w);
        v->setContentsMargins(0, 0, 0, 0);
        auto* l = new QLabel(title, w);
        l->setStyleSheet(QStringLiteral("font-weight: bold"));
        auto* h = new QHBoxLayout;
        h->addWidget(l);
        if (extra)
            h->addWidget(extra);
        h->addStretch();
        v->addLayout(h);
        v->addWidget(body);
        return w;
    };
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(titled(tr("Lodgings"), m_lodgings));
    top->addWidget(titled(tr("Late or missing notices"), m_problems, m_problemCount));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(titled(tr("Guest notices of the period (selected lodging, or all)"), m_notices));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &AccommodationPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AccommodationPage::refresh);
    connect(m_lodgings, &QTableWidget::itemSelectionChanged, this, &AccommodationPage::refresh);
    connect(addLodging, &QPushButton::clicked, this, &AccommodationPage::addLodging);
    connect(addNotice, &QPushButton::clicked, this, &AccommodationPage::addNotice);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] {
        m_exportCsv->setEnabled(true);
        m_exportXlsx->setEnabled(true);
        const QString error = m_export.result();
        if (error.isEmpty())
            m_message->showMessage(
                shell::InlineMessage::Kind::Information,
                tr("Exported to %1.").arg(QDir::toNativeSeparators(property("exportPath").toString())));
        else
            m_message->showMessage(shell::InlineMessage::Kind::Error, error);
    });
    if (ResidenceNotifier* n = desk.notifier())
        connect(n, &ResidenceNotifier::noticesChanged, this, [this] {
            if (isVisible())
                refresh();
        });
}

AccommodationPage::~AccommodationPage()
{
    m_export.waitForFinished();
}

void AccommodationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

qint64 AccommodationPage::currentLodging() const
{
    return m_lodgings->currentRow() >= 0 ? rowKey(m_lodgings, m_lodgings->currentRow()).toLongLong() : 0;
}

void AccommodationPage::refresh()
{
    const Session session = m_desk.session();
    const qint64 selected = currentLodging();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_query->run<AccommodationLists>(
        [session, selected, from, to](const ResidenceStore& store) -> Result<AccommodationLists> {
            AccommodationRegister reg(store);
            auto lodgings = reg.lodgings(session);
            if (!lodgings)
                return lodgings.status();
            auto notices = reg.notices(session, from, to, selected);
            if (!notices)
                return notices.status();
            auto problems = reg.problems(session, from, to);
            if (!problems)
                return problems.status();
            return AccommodationLists{*lodgings, *notices, *problems};
        },
        [this, selected](Result<AccommodationLists> lists) {
            if (!lists) {
                m_message->showMessage(shell::InlineMessage::Kind::Error, lists.status().message());
                return;
            }
            {
                // Refilling keeps the selection and must not start another refresh.
                const QSignalBlocker block(m_lodgings);
                m_lodgings->setRowCount(0);
                for (const Lodging& l : lists->lodgings) {
                    const int row = appendRow(
                        m_lodgings,
                        {l.name, AccommodationRegister::kindName(l.kind), l.address.display(), l.keeperName, l.phone},
                        l.id);
                    if (l.id == selected)
                        m_lodgings->selectRow(row);
                }
                m_lodgings->resizeColumnsToContents();
            }
            m_notices->setRowCount(0);
            for (const GuestNotice& n : lists->notices)
                appendRow(m_notices,
                          {dmyhm(n.arrivalAt), n.guestName, m_desk.listedId(n.documentNumber), n.nationality,
                           dmy(n.leaveOn), n.notifiedAt.isValid() ? dmyhm(n.notifiedAt) : tr("No notice"), n.reason},
                          n.id);
            m_notices->resizeColumnsToContents();
            m_problems->setRowCount(0);
            const QIcon warning = QIcon(QStringLiteral(":/icons/emblem-warning.svg"));
            for (const NoticeProblem& p : lists->problems) {
                const int row = appendRow(m_problems,
                                          {p.missing ? tr("Missing") : tr("Late"), p.lodgingName, p.notice.guestName,
                                           dmyhm(p.notice.arrivalAt), dmyhm(p.deadline)},
                                          p.notice.id);
                m_problems->item(row, 0)->setIcon(warning);
                m_problems->item(row, 0)->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            m_problemCount->setText(tr("⚠ %n late or missing", nullptr, int(lists->problems.size())));
            m_problems->resizeColumnsToContents();
        });
}

void AccommodationPage::addLodging()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New lodging"));
    auto* name = new QLineEdit(&dialog);
    auto* kind = new QComboBox(&dialog);
    for (LodgingKind k : {LodgingKind::Household, LodgingKind::Hotel, LodgingKind::Guesthouse, LodgingKind::Dormitory,
                          LodgingKind::Hospital, LodgingKind::Other})
        kind->addItem(AccommodationRegister::kindName(k), int(k));
    auto* street = new QLineEdit(&dialog);
    auto* house = new QLineEdit(&dialog);
    auto* keeper = new QLineEdit(&dialog);
    auto* phone = new QLineEdit(&dialog);
    auto* remote = new QCheckBox(tr("Remote area (24 hours for foreign guests)"), &dialog);
    auto* buttons = ui::saveCancelButtons(dialog);
    auto* f = new QFormLayout(&dialog);
    f->addRow(tr("&Name:"), name);
    f->addRow(tr("&Kind:"), kind);
    f->addRow(tr("S&treet:"), street);
    f->addRow(tr("House n&umber:"), house);
    f->addRow(tr("K&eeper:"), keeper);
    f->addRow(tr("&Phone:"), phone);
    f->addRow(remote);
    f->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto store = m_desk.store();
    if (!store)
        return;
    Lodging l;
    l.name = name->text().simplified();
    l.kind = LodgingKind(kind->currentData().toInt());
    l.address = Address{0, m_desk.provinceCode(), m_desk.communeCode(), street->text().simplified(),
                        house->text().simplified()};
    l.keeperName = keeper->text().simplified();
    l.phone = phone->text().trimmed();
    l.remoteArea = remote->isChecked();
    auto id = AccommodationRegister(**store).addLodging(m_desk.session(), l);
    if (!id)
        m_message->showMessage(shell::InlineMessage::Kind::Error, id.status().message());
    else
        refresh();
}

void AccommodationPage::addNotice()
{
    const qint64 lodging = currentLodging();
    if (lodging == 0) {
        m_message->showMessage(shell::InlineMessage::Kind::Warning,
                               tr("Select the lodging first, then add its notice."));
        return;
    }
    const QDateTime now = m_desk.context().clock ? m_desk.context().clock->now() : QDateTime::currentDateTime();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New guest notice"));
    auto* name = new QLineEdit(&dialog);
    auto* document = new QLineEdit(&dialog);
    auto* passport = new QCheckBox(tr("Passport (foreign guest)"), &dialog);
    auto* nationality = new QLineEdit(QStringLiteral("VNM"), &dialog);
    auto* arrival = new QDateTimeEdit(now, &dialog);
    arrival->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    auto* leave = new QDateEdit(now.date().addDays(1), &dialog);
    leave->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto* reason = new QLineEdit(&dialog);
    auto* notified = new QDateTimeEdit(now, &dialog);
    notified->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    auto* buttons = ui::saveCancelButtons(dialog);
    auto* f = new QFormLayout(&dialog);
    f->addRow(tr("&Guest:"), name);
    f->addRow(tr("ID or &passport number:"), document);
    f->addRow(passport);
    f->addRow(tr("Nationalit&y (ISO code):"), nationality);
    f->addRow(tr("&Arrival:"), arrival);
    f->addRow(tr("&Leaves on:"), leave);
    f->addRow(tr("&Reason:"), reason);
    f->addRow(tr("&Notified at:"), notified);
    f->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto store = m_desk.store();
    if (!store)
        return;
    GuestNotice n;
    n.lodgingId = lodging;
    n.guestName = name->text().simplified();
    n.documentNumber = document->text().trimmed();
    n.passport = passport->isChecked();
    n.nationality = nationality->text().trimmed().toUpper();
    n.arrivalAt = arrival->dateTime();
    n.leaveOn = leave->date();
    n.reason = reason->text().simplified();
    n.notifiedAt = notified->dateTime();
    auto id = AccommodationRegister(**store).addNotice(m_desk.session(), n);
    if (!id)
        m_message->showMessage(shell::InlineMessage::Kind::Error, id.status().message());
    else
        refresh();
}

void AccommodationPage::chooseExport(bool xlsx)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("luu-tru-%1-%2.%3")
                                                .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                                     m_to->date().toString(QStringLiteral("yyyyMMdd")),
                                                     xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export notices"), suggested,
                                                      xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AccommodationPage::exportTo(const QString& path)
{
    if (m_export.isRunning())
        return;
    auto env = m_desk.environment();
    if (!env) {
        m_message->showMessage(shell::InlineMessage::Kind::Error, env.status().message());
        return;
    }
    setProperty("exportPath", path);
    m_exportCsv->setEnabled(false);
    m_exportXlsx->setEnabled(false);
    m_message->showMessage(shell::InlineMessage::Kind::Information, tr("Exporting…"));
    const ResidenceEnvironment base = *env;
    const Session session = m_desk.session();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    // The worker opens its own database connection (SQLite connections belong to one thread).
    m_export.setFuture(QtConcurrent::run([base, session, from, to, path]() -> QString {
        auto connection = ResidenceConnection::open(base);
        if (!connection)
            return connection.status().message();
        AccommodationRegister reg((*connection)->store());
        if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
            const Status status = reg.exportXlsx(session, from, to, path);
            return status ? QString() : status.message();
        }
        auto bytes = reg.exportCsv(session, from, to);
        if (!bytes)
            return bytes.status().message();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return AccommodationPage::tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString());
        return QString();
    }));
}

} // namespace motcua::residence
