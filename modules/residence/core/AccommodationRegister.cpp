#include "AccommodationRegister.h"

#include "Clock.h"
#include "Database.h"
#include "DbValues.h"
#include "InputChecks.h"
#include "PersonRegistry.h"
#include "Session.h"
#include "XlsxTableWriter.h"

#include <QHash>

namespace motcua::residence {

namespace {
Status rejected(const QString& message)
{
    return {Status::Code::InputRejected, message};
}

const QList<LodgingKind> kKinds = {LodgingKind::Household, LodgingKind::Hotel,    LodgingKind::Guesthouse,
                                   LodgingKind::Dormitory, LodgingKind::Hospital, LodgingKind::Other};

LodgingKind kindOf(const QString& key)
{
    for (LodgingKind k : kKinds)
        if (AccommodationRegister::kindKey(k) == key)
            return k;
    return LodgingKind::Other;
}

const QString kNoticeColumns = QStringLiteral(
    "n.id, n.lodging_id, n.guest_name, n.document_number, n.passport, n.nationality, n.arrival_at, n.leave_on, "
    "n.reason, n.notified_at, n.deadline_at, l.name, l.remote_area");

GuestNotice readNotice(const QSqlQuery& q)
{
    GuestNotice n;
    n.id = q.value(0).toLongLong();
    n.lodgingId = q.value(1).toLongLong();
    n.guestName = q.value(2).toString();
    n.documentNumber = q.value(3).toString();
    n.passport = q.value(4).toBool();
    n.nationality = q.value(5).toString();
    n.arrivalAt = db::toTime(q.value(6));
    n.leaveOn = db::toDate(q.value(7));
    n.reason = q.value(8).toString();
    n.notifiedAt = db::toTime(q.value(9));
    return n;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

QString AccommodationRegister::kindKey(LodgingKind kind)
{
    switch (kind) {
    case LodgingKind::Household:
        return QStringLiteral("household");
    case LodgingKind::Hotel:
        return QStringLiteral("hotel");
    case LodgingKind::Guesthouse:
        return QStringLiteral("guesthouse");
    case LodgingKind::Dormitory:
        return QStringLiteral("dormitory");
    case LodgingKind::Hospital:
        return QStringLiteral("hospital");
    case LodgingKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString AccommodationRegister::kindName(LodgingKind kind)
{
    switch (kind) {
    case LodgingKind::Household:
        return tr("Household");
    case LodgingKind::Hotel:
        return tr("Hotel");
    case LodgingKind::Guesthouse:
        return tr("Guesthouse");
    case LodgingKind::Dormitory:
        return tr("Dormitory");
    case LodgingKind::Hospital:
        return tr("Hospital");
    case LodgingKind::Other:
        return tr("Other lodging");
    }
    return {};
}

QDateTime AccommodationRegister::deadline(const GuestNotice& n, bool remoteArea)
{
    if (n.foreign())
        return n.arrivalAt.addSecs((remoteArea ? 24 : 12) * 3600);
    // Before 23:00 of the arrival day; a guest arriving at 23:00 or later: before 08:00 the next day.
    if (n.arrivalAt.time() < QTime(23, 0))
        return QDateTime(n.arrivalAt.date(), QTime(23, 0));
    return QDateTime(n.arrivalAt.date().addDays(1), QTime(8, 0));
}

bool AccommodationRegister::isLate(const GuestNotice& n, bool remoteArea)
{
    return n.notifiedAt.isValid() && n.notifiedAt > deadline(n, remoteArea);
}

Status AccommodationRegister::checkLodging(const Session& session, const Lodging& l) const
{
    if (Status s = session.require(perm::Accommodation); !s)
        return s;
    if (l.name.trimmed().isEmpty())
        return rejected(tr("Enter the name of the lodging."));
    return InputChecks::address(l.address);
}

Status AccommodationRegister::bindLodging(QSqlQuery& q, const Lodging& l) const
{
    // The address row (found or added) and the sealed phone, then the six columns in the order
    // name, kind, address_id, keeper_name, phone_sealed, remote_area.
    auto address = PersonRegistry(m_store).addressId(l.address);
    if (!address)
        return address.status();
    auto phone = m_store.seal(l.phone.trimmed(), "residence.lodging.phone");
    if (!phone)
        return phone.status();
    q.addBindValue(l.name.trimmed());
    q.addBindValue(kindKey(l.kind));
    q.addBindValue(*address);
    q.addBindValue(db::text(l.keeperName.trimmed()));
    q.addBindValue(db::text(*phone));
    q.addBindValue(l.remoteArea ? 1 : 0);
    return Status::ok();
}

Result<qint64> AccommodationRegister::addLodging(const Session& session, const Lodging& l) const
{
    if (Status s = checkLodging(session, l); !s)
        return s;
    Database::Transaction tx(m_store.db());
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("INSERT INTO residence_lodgings(name, kind, address_id, keeper_name, phone_sealed, "
                             "remote_area) VALUES(?, ?, ?, ?, ?, ?)"));
    if (Status s = bindLodging(q, l); !s)
        return s;
    if (Status s = m_store.db().exec(q, "add lodging"); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = m_store.audit(session, QStringLiteral("residence.lodging.add"), QStringLiteral("lodging"), id); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_store.notifyNotices();
    return id;
}

Status AccommodationRegister::updateLodging(const Session& session, const Lodging& l) const
{
    if (Status s = checkLodging(session, l); !s)
        return s;
    Database::Transaction tx(m_store.db());
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_lodgings SET name = ?, kind = ?, address_id = ?, keeper_name = ?, "
                             "phone_sealed = ?, remote_area = ? WHERE id = ?"));
    if (Status s = bindLodging(q, l); !s)
        return s;
    q.addBindValue(l.id);
    if (Status s = m_store.db().exec(q, "update lodging"); !s)
        return s;
    if (Status s = m_store.audit(session, QStringLiteral("residence.lodging.update"), QStringLiteral("lodging"), l.id);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_store.notifyNotices();
    return Status::ok();
}

Result<QList<Lodging>> AccommodationRegister::lodgings(const Session& session) const
{
    if (Status s = session.require(perm::Accommodation); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id, name, kind, address_id, keeper_name, phone_sealed, remote_area FROM "
                             "residence_lodgings ORDER BY name"));
    if (Status s = m_store.db().exec(q, "list lodgings"); !s)
        return s;
    QList<Lodging> out;
    PersonRegistry persons(m_store);
    while (q.next()) {
        Lodging l;
        l.id = q.value(0).toLongLong();
        l.name = q.value(1).toString();
        l.kind = kindOf(q.value(2).toString());
        if (auto a = persons.address(q.value(3).toLongLong()))
            l.address = *a;
        l.keeperName = q.value(4).toString();
        auto phone = m_store.unseal(q.value(5).toString(), "residence.lodging.phone");
        if (!phone)
            return phone.status();
        l.phone = *phone;
        l.remoteArea = q.value(6).toBool();
        out << l;
    }
    if (Status s = m_store.audit(session, QStringLiteral("residence.lodging.list"), QStringLiteral("lodging"), 0,
                                 {{QStringLiteral("results"), int(out.size())}});
        !s)
        return s;
    return out;
}

Result<qint64> AccommodationRegister::addNotice(const Session& session, const GuestNotice& n) const
{
    if (Status s = session.require(perm::Accommodation); !s)
        return s;
    const QDateTime now = m_store.env().clock->now();
    if (n.guestName.trimmed().isEmpty())
        return rejected(tr("Enter the guest's full name."));
    const QString doc = n.documentNumber.trimmed();
    if (doc.isEmpty())
        return rejected(tr("Enter the guest's ID or passport number."));
    if (!n.passport)
        if (Status s = InputChecks::idNumber(doc, {}, {}, tr("the guest")); !s)
            return s;
    if (n.nationality.size() != 3)
        return rejected(tr("Choose the guest's nationality."));
    if (!n.arrivalAt.isValid())
        return rejected(tr("Enter the arrival time."));
    if (n.arrivalAt > now)
        return rejected(tr("The arrival time is in the future."));
    if (!n.leaveOn.isValid() || n.leaveOn < n.arrivalAt.date())
        return rejected(tr("The end of the stay is before the arrival."));
    if (n.arrivalAt.date().daysTo(n.leaveOn) > 30)
        return rejected(tr("A notice covers a stay of 30 days at most."));
    if (n.notifiedAt.isValid() && n.notifiedAt > now)
        return rejected(tr("The notice time is in the future."));
    QSqlQuery l = m_store.db().query();
    l.prepare(QStringLiteral("SELECT remote_area FROM residence_lodgings WHERE id = ?"));
    l.addBindValue(n.lodgingId);
    if (Status s = m_store.db().exec(l, "find lodging"); !s)
        return s;
    if (!l.next())
        return rejected(tr("Choose the lodging."));
    const bool remote = l.value(0).toBool();
    Database::Transaction tx(m_store.db());
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("INSERT INTO residence_guest_notices(lodging_id, guest_name, document_number, passport, "
                             "nationality, arrival_at, leave_on, reason, notified_at, deadline_at, recorded_by, "
                             "recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{n.lodgingId, n.guestName.trimmed().normalized(QString::NormalizationForm_C),
                                          doc, n.passport ? 1 : 0, n.nationality.toUpper(), db::time(n.arrivalAt),
                                          db::date(n.leaveOn), db::text(n.reason.trimmed()), db::time(n.notifiedAt),
                                          db::time(deadline(n, remote)), session.username(), db::time(now)})
        q.addBindValue(v);
    if (Status s = m_store.db().exec(q, "add guest notice"); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            m_store.audit(session, QStringLiteral("residence.notice.add"), QStringLiteral("notice"), id,
                          {{QStringLiteral("lodging"), n.lodgingId}, {QStringLiteral("late"), isLate(n, remote)}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_store.notifyNotices();
    return id;
}

Result<QList<GuestNotice>> AccommodationRegister::notices(const Session& session, const QDate& from, const QDate& to,
                                                          qint64 lodgingId) const
{
    if (Status s = session.require(perm::Accommodation); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT ") + kNoticeColumns +
              QStringLiteral(" FROM residence_guest_notices n JOIN residence_lodgings l ON l.id = n.lodging_id WHERE "
                             "n.arrival_at >= ? AND n.arrival_at < ? AND (? = 0 OR n.lodging_id = ?) ORDER BY "
                             "n.arrival_at DESC"));
    q.addBindValue(db::time(QDateTime(from, QTime(0, 0))));
    q.addBindValue(db::time(QDateTime(to.addDays(1), QTime(0, 0))));
    q.addBindValue(lodgingId);
    q.addBindValue(lodgingId);
    if (Status s = m_store.db().exec(q, "list guest notices"); !s)
        return s;
    QList<GuestNotice> out;
    while (q.next())
        out << readNotice(q);
    if (Status s = m_store.audit(session, QStringLiteral("residence.notice.list"), QStringLiteral("notice"), 0,
                                 {{QStringLiteral("results"), int(out.size())}});
        !s)
        return s;
    return out;
}

Result<QList<NoticeProblem>> AccommodationRegister::problems(const Session& session, const QDate& from,
                                                             const QDate& to) const
{
    if (Status s = session.require(perm::Accommodation); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT ") + kNoticeColumns +
              QStringLiteral(" FROM residence_guest_notices n JOIN residence_lodgings l ON l.id = n.lodging_id WHERE "
                             "n.arrival_at >= ? AND n.arrival_at < ? AND ((n.notified_at IS NULL AND n.deadline_at < "
                             "?) OR n.notified_at > n.deadline_at) ORDER BY n.arrival_at"));
    q.addBindValue(db::time(QDateTime(from, QTime(0, 0))));
    q.addBindValue(db::time(QDateTime(to.addDays(1), QTime(0, 0))));
    q.addBindValue(db::time(m_store.env().clock->now()));
    if (Status s = m_store.db().exec(q, "list late notices"); !s)
        return s;
    QList<NoticeProblem> out;
    while (q.next()) {
        NoticeProblem p;
        p.notice = readNotice(q);
        p.lodgingName = q.value(11).toString();
        p.deadline = db::toTime(q.value(10));
        p.missing = !p.notice.notifiedAt.isValid();
        out << p;
    }
    if (Status s = m_store.audit(session, QStringLiteral("residence.notice.problems"), QStringLiteral("notice"), 0,
                                 {{QStringLiteral("results"), int(out.size())}});
        !s)
        return s;
    return out;
}

QStringList AccommodationRegister::exportHeader()
{
    return {tr("Lodging"),         tr("Lodging address"), tr("Guest"),    tr("Document"),
            tr("Document number"), tr("Nationality"),     tr("Arrival"),  tr("Leaves on"),
            tr("Reason"),          tr("Notified at"),     tr("Deadline"), tr("Notice")};
}

Result<QList<QStringList>> AccommodationRegister::exportRows(const Session& session, const QDate& from,
                                                             const QDate& to) const
{
    auto list = notices(session, from, to);
    if (!list)
        return list.status();
    auto places = lodgings(session);
    if (!places)
        return places.status();
    QHash<qint64, Lodging> byId;
    for (const Lodging& l : *places)
        byId.insert(l.id, l);
    const QDateTime now = m_store.env().clock->now();
    const QString time = QStringLiteral("dd/MM/yyyy HH:mm");
    QList<QStringList> rows;
    for (const GuestNotice& n : *list) {
        const Lodging l = byId.value(n.lodgingId);
        const QDateTime due = deadline(n, l.remoteArea);
        QString status = tr("on time");
        if (!n.notifiedAt.isValid())
            status = due < now ? tr("missing") : tr("pending");
        else if (n.notifiedAt > due)
            status = tr("late");
        rows << QStringList{l.name,
                            l.address.display(),
                            n.guestName,
                            n.passport ? tr("passport") : tr("ID card"),
                            n.documentNumber,
                            n.nationality,
                            n.arrivalAt.toString(time),
                            n.leaveOn.toString(QStringLiteral("dd/MM/yyyy")),
                            n.reason,
                            n.notifiedAt.isValid() ? n.notifiedAt.toString(time) : QString(),
                            due.toString(time),
                            status};
    }
    if (Status s = m_store.audit(session, QStringLiteral("residence.notice.export"), QStringLiteral("notice"), 0,
                                 {{QStringLiteral("rows"), int(rows.size())}});
        !s)
        return s;
    return rows;
}

Result<QByteArray> AccommodationRegister::exportCsv(const Session& session, const QDate& from, const QDate& to) const
{
    auto rows = exportRows(session, from, to);
    if (!rows)
        return rows.status();
    QString out;
    auto line = [&out](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << csvField(c);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(exportHeader());
    for (const QStringList& r : *rows)
        line(r);
    return out.toUtf8();
}

Status AccommodationRegister::exportXlsx(const Session& session, const QDate& from, const QDate& to,
                                         const QString& path) const
{
    auto rows = exportRows(session, from, to);
    if (!rows)
        return rows.status();
    documents::XlsxTableWriter writer(path, tr("Notices"));
    writer.setTitle(tr("Accommodation notices %1 – %2")
                        .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy"))));
    writer.setHeader(exportHeader(), {24, 40, 26, 12, 16, 10, 17, 12, 24, 17, 17, 12});
    for (const QStringList& r : *rows)
        writer.addRow(r);
    if (!writer.finish())
        return Status::failed(tr("The spreadsheet could not be written."), writer.errorString());
    return Status::ok();
}

} // namespace motcua::residence
