#include "CaseService.h"

#include "CaseWorkflow.h"
#include "Clock.h"
#include "Database.h"
#include "DbValues.h"
#include "InputChecks.h"
#include "IntakeJson.h"
#include "ProcedureCatalogue.h"
#include "RegistryUpdater.h"
#include "ResidenceRules.h"
#include "Session.h"
#include "WorkingCalendar.h"

#include <QJsonDocument>

namespace motcua::residence {

namespace {
const QString kSummaryColumns = QStringLiteral("id, number, procedure, channel, state, declarant_name, "
                                               "declarant_id_number, received_at, due_at, assigned_to, fee_vnd");

QString openStatesSql()
{
    QStringList keys;
    for (CaseState s : CaseWorkflow::states())
        if (CaseWorkflow::isOpen(s))
            keys << QLatin1Char('\'') + CaseWorkflow::key(s) + QLatin1Char('\'');
    return QLatin1Char('(') + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString runningStatesSql()
{
    QStringList keys;
    for (CaseState s : CaseWorkflow::states())
        if (CaseWorkflow::isRunning(s))
            keys << QLatin1Char('\'') + CaseWorkflow::key(s) + QLatin1Char('\'');
    return QLatin1Char('(') + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
}

CaseSummary readSummary(const QSqlQuery& q, const QDateTime& now)
{
    CaseSummary c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.procedure = ProcedureCatalogue::fromKey(q.value(2).toString()).value_or(Procedure::PermanentRegistration);
    c.channel = ProcedureCatalogue::channelFromKey(q.value(3).toString()).value_or(Channel::InPerson);
    c.state = CaseWorkflow::fromKey(q.value(4).toString()).value_or(CaseState::Received);
    c.declarantName = q.value(5).toString();
    c.declarantIdNumber = q.value(6).toString();
    c.receivedAt = db::toTime(q.value(7));
    c.dueAt = db::toTime(q.value(8));
    c.assignedTo = q.value(9).toString();
    c.feeVnd = q.value(10).toInt();
    c.overdue = CaseWorkflow::isRunning(c.state) && c.dueAt < now;
    return c;
}

Status rejected(const QString& message)
{
    return {Status::Code::InputRejected, message};
}
} // namespace

Result<CaseSummary> CaseService::receive(const Session& session, const CaseIntake& intake) const
{
    if (Status s = session.require(perm::Intake); !s)
        return s;
    if (!m_store.env().calendar)
        return Status::failed(tr("The working-day calendar is not available."));
    const QDateTime now = m_store.env().clock->now();
    if (Status s = InputChecks::intake(intake, now.date()); !s)
        return s;
    QSqlQuery dup = m_store.db().query();
    dup.prepare(QStringLiteral("SELECT number FROM residence_cases WHERE declarant_id_number = ? AND procedure = ? "
                               "AND state IN ") +
                openStatesSql());
    dup.addBindValue(intake.declarant.idNumber);
    dup.addBindValue(ProcedureCatalogue::key(intake.procedure));
    if (Status s = m_store.db().exec(dup, "find duplicate case"); !s)
        return s;
    if (dup.next())
        return rejected(tr("This person already has an open case for this procedure (%1): continue that case "
                           "instead of submitting again.")
                            .arg(dup.value(0).toString()));
    if (Status s = RegistryUpdater(m_store).precheck(intake, now.date()); !s)
        return s;

    CaseIntake stored = intake;
    if (stored.assignedTo.isEmpty())
        stored.assignedTo = session.username();
    auto sealed =
        m_store.seal(QString::fromUtf8(QJsonDocument(IntakeJson::toJson(stored)).toJson(QJsonDocument::Compact)),
                     "residence.intake");
    if (!sealed)
        return sealed.status();

    Database::Transaction tx(m_store.db());
    QSqlQuery seq = m_store.db().query();
    seq.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM residence_cases WHERE year = ?"));
    seq.addBindValue(now.date().year());
    if (Status s = m_store.db().exec(seq, "number case"); !s)
        return s;
    seq.next();
    CaseSummary c;
    const int n = seq.value(0).toInt();
    c.number = QStringLiteral("%1-%2").arg(now.date().year()).arg(n, 6, 10, QLatin1Char('0'));
    c.procedure = intake.procedure;
    c.channel = intake.channel;
    c.state = CaseState::Received;
    c.declarantName = intake.declarant.fullName.trimmed().normalized(QString::NormalizationForm_C);
    c.declarantIdNumber = intake.declarant.idNumber;
    c.receivedAt = now;
    c.dueAt = ProcedureCatalogue::dueAt(*m_store.env().calendar, intake.procedure, intake.inDatabase, now);
    c.assignedTo = stored.assignedTo;
    c.feeVnd = ProcedureCatalogue::fee(intake.procedure, intake.channel, intake.byList, 1 + int(intake.members.size()));
    c.warnings = ResidenceRules::intakeWarnings(intake, now.date());

    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("INSERT INTO residence_cases(number, year, seq, procedure, channel, state, "
                             "declarant_name, declarant_id_number, intake_sealed, fee_vnd, received_at, due_at, "
                             "assigned_to) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         QVariantList{c.number, now.date().year(), n, ProcedureCatalogue::key(c.procedure),
                      ProcedureCatalogue::channelKey(c.channel), CaseWorkflow::key(c.state), c.declarantName,
                      c.declarantIdNumber, *sealed, c.feeVnd, db::time(c.receivedAt), db::time(c.dueAt), c.assignedTo})
        q.addBindValue(v);
    if (Status s = m_store.db().exec(q, "add case"); !s)
        return s;
    c.id = q.lastInsertId().toLongLong();
    QSqlQuery ev = m_store.db().query();
    ev.prepare(QStringLiteral("INSERT INTO residence_case_events(case_id, from_state, to_state, operator, at, note) "
                              "VALUES(?, '', ?, ?, ?, ?)"));
    ev.addBindValue(c.id);
    ev.addBindValue(CaseWorkflow::key(c.state));
    ev.addBindValue(session.username());
    ev.addBindValue(db::time(now));
    ev.addBindValue(db::text(c.warnings.join(u'\n'))); // the late-newborn warning stays in the case history
    if (Status s = m_store.db().exec(ev, "record case event"); !s)
        return s;
    if (Status s = m_store.audit(session, QStringLiteral("residence.case.receive"), QStringLiteral("case"), c.id,
                                 {{QStringLiteral("procedure"), ProcedureCatalogue::key(c.procedure)},
                                  {QStringLiteral("channel"), ProcedureCatalogue::channelKey(c.channel)},
                                  {QStringLiteral("members"), int(intake.members.size())},
                                  {QStringLiteral("warnings"), int(c.warnings.size())}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_store.notifyCases();
    return c;
}

Status CaseService::move(const Session& session, qint64 caseId, CaseState to, const QString& note,
                         const std::function<Status(const CaseRecord&)>& sideEffect) const
{
    const bool deciding = to == CaseState::Approved || to == CaseState::Refused;
    if (Status s = session.require(deciding ? perm::Decide : perm::Intake); !s)
        return s;
    Database::Transaction tx(m_store.db());
    auto record = caseRecord(session, caseId);
    if (!record)
        return record.status();
    const CaseState from = record->summary.state;
    if (Status s = CaseWorkflow::check(from, to); !s)
        return s;
    if (sideEffect)
        if (Status s = sideEffect(*record); !s)
            return s;
    const QDateTime now = m_store.env().clock->now();
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_cases SET state = ? WHERE id = ? AND state = ?"));
    q.addBindValue(CaseWorkflow::key(to));
    q.addBindValue(caseId);
    q.addBindValue(CaseWorkflow::key(from));
    if (Status s = m_store.db().exec(q, "change case state"); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failed(tr("The case was changed by someone else; reload it."));
    QSqlQuery ev = m_store.db().query();
    ev.prepare(QStringLiteral("INSERT INTO residence_case_events(case_id, from_state, to_state, operator, at, note) "
                              "VALUES(?, ?, ?, ?, ?, ?)"));
    ev.addBindValue(caseId);
    ev.addBindValue(CaseWorkflow::key(from));
    ev.addBindValue(CaseWorkflow::key(to));
    ev.addBindValue(session.username());
    ev.addBindValue(db::time(now));
    ev.addBindValue(db::text(note));
    if (Status s = m_store.db().exec(ev, "record case event"); !s)
        return s;
    if (Status s = m_store.audit(
            session, QStringLiteral("residence.case.transition"), QStringLiteral("case"), caseId,
            {{QStringLiteral("from"), CaseWorkflow::key(from)}, {QStringLiteral("to"), CaseWorkflow::key(to)}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_store.notifyCases();
    return Status::ok();
}

namespace {
/// One UPDATE of a case's own columns inside move()'s transaction.
Status setColumns(const ResidenceStore& store, qint64 caseId, const QString& assignments, const QVariantList& values)
{
    QSqlQuery q = store.db().query();
    q.prepare(QStringLiteral("UPDATE residence_cases SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(caseId);
    return store.db().exec(q, "update case");
}
} // namespace

Status CaseService::requestCompletion(const Session& session, qint64 caseId, const QString& whatIsMissing) const
{
    if (whatIsMissing.trimmed().isEmpty())
        return rejected(tr("Write what the file is missing (form CT05)."));
    return move(session, caseId, CaseState::CompletionRequested, whatIsMissing.trimmed(), [&](const CaseRecord&) {
        return setColumns(m_store, caseId, QStringLiteral("completion_request = ?"), {whatIsMissing.trimmed()});
    });
}

Status CaseService::resubmit(const Session& session, qint64 caseId, const std::optional<CaseIntake>& changes) const
{
    const QDateTime now = m_store.env().clock->now();
    return move(session, caseId, CaseState::Resubmitted, QString(), [&](const CaseRecord& record) {
        CaseIntake intake = changes ? *changes : record.intake;
        intake.procedure = record.intake.procedure;
        if (changes) {
            if (Status s = InputChecks::intake(intake, now.date()); !s)
                return s;
            if (intake.declarant.idNumber != record.intake.declarant.idNumber)
                return rejected(tr("The declarant of a case cannot change; take a new case instead."));
        }
        auto sealed =
            m_store.seal(QString::fromUtf8(QJsonDocument(IntakeJson::toJson(intake)).toJson(QJsonDocument::Compact)),
                         "residence.intake");
        if (!sealed)
            return sealed.status();
        // The deadline counts again from the day the file is complete.
        const QDateTime due =
            ProcedureCatalogue::dueAt(*m_store.env().calendar, intake.procedure, intake.inDatabase, now);
        return setColumns(m_store, caseId, QStringLiteral("intake_sealed = ?, declarant_name = ?, due_at = ?"),
                          {*sealed, intake.declarant.fullName.trimmed(), db::time(due)});
    });
}

Status CaseService::startReview(const Session& session, qint64 caseId, const QString& note) const
{
    return move(session, caseId, CaseState::UnderReview, note, {});
}

Status CaseService::approve(const Session& session, qint64 caseId, const QString& note) const
{
    QList<QPair<QVariantMap, QVariantMap>> changes;
    const QDateTime now = m_store.env().clock->now();
    Status s = move(session, caseId, CaseState::Approved, note, [&](const CaseRecord& record) {
        RegistryUpdater updater(m_store);
        if (Status applied = updater.apply(caseId, record.intake, now.date()); !applied)
            return applied;
        changes = updater.changes();
        if (Status a = m_store.audit(session, QStringLiteral("residence.registry.update"), QStringLiteral("case"),
                                     caseId, {{QStringLiteral("persons"), int(changes.size())}});
            !a)
            return a;
        return setColumns(m_store, caseId, QStringLiteral("decided_at = ?"), {db::time(now)});
    });
    if (s)
        m_store.publish(changes);
    return s;
}

Status CaseService::refuse(const Session& session, qint64 caseId, const QString& reasons) const
{
    if (reasons.trimmed().isEmpty())
        return rejected(tr("Write the reasons for the refusal (form CT06)."));
    const QDateTime now = m_store.env().clock->now();
    return move(session, caseId, CaseState::Refused, reasons.trimmed(), [&](const CaseRecord&) {
        return setColumns(m_store, caseId, QStringLiteral("refusal_reasons = ?, decided_at = ?"),
                          {reasons.trimmed(), db::time(now)});
    });
}

Status CaseService::returnResult(const Session& session, qint64 caseId, const QString& note) const
{
    const QDateTime now = m_store.env().clock->now();
    return move(session, caseId, CaseState::ResultReturned, note, [&](const CaseRecord&) {
        return setColumns(m_store, caseId, QStringLiteral("returned_at = ?"), {db::time(now)});
    });
}

Status CaseService::transition(const Session& session, qint64 caseId, CaseState to, const QString& note) const
{
    switch (to) {
    case CaseState::CompletionRequested:
        return requestCompletion(session, caseId, note);
    case CaseState::Resubmitted:
        return resubmit(session, caseId);
    case CaseState::UnderReview:
        return startReview(session, caseId, note);
    case CaseState::Approved:
        return approve(session, caseId, note);
    case CaseState::Refused:
        return refuse(session, caseId, note);
    case CaseState::ResultReturned:
        return returnResult(session, caseId, note);
    case CaseState::Received:
        break;
    }
    auto record = caseRecord(session, caseId);
    if (!record)
        return record.status();
    return CaseWorkflow::check(record->summary.state, to);
}

Status CaseService::assign(const Session& session, qint64 caseId, const QString& officer) const
{
    if (Status s = session.require(perm::Intake); !s)
        return s;
    if (officer.trimmed().isEmpty())
        return rejected(tr("Choose the officer."));
    Database::Transaction tx(m_store.db());
    if (Status s = setColumns(m_store, caseId, QStringLiteral("assigned_to = ?"), {officer.trimmed()}); !s)
        return s;
    if (Status s = m_store.audit(session, QStringLiteral("residence.case.assign"), QStringLiteral("case"), caseId,
                                 {{QStringLiteral("officer"), officer.trimmed()}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_store.notifyCases();
    return Status::ok();
}

Result<CaseRecord> CaseService::caseRecord(const Session& session, qint64 caseId) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
              QStringLiteral(", intake_sealed, completion_request, refusal_reasons, decided_at, returned_at FROM "
                             "residence_cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (Status s = m_store.db().exec(q, "read case"); !s)
        return s;
    if (!q.next())
        return rejected(tr("This case does not exist."));
    CaseRecord r;
    r.summary = readSummary(q, m_store.env().clock->now());
    auto intake = m_store.unseal(q.value(11).toString(), "residence.intake");
    if (!intake)
        return intake.status();
    r.intake = IntakeJson::fromJson(QJsonDocument::fromJson(intake->toUtf8()).object());
    r.completionRequest = q.value(12).toString();
    r.refusalReasons = q.value(13).toString();
    r.decidedAt = db::toTime(q.value(14));
    r.returnedAt = db::toTime(q.value(15));
    q.finish(); // the read ends before the audit row is written: a stale read snapshot cannot become a write
    if (Status s = m_store.audit(session, QStringLiteral("residence.case.read"), QStringLiteral("case"), caseId); !s)
        return s;
    return r;
}

Result<QList<CaseEvent>> CaseService::events(const Session& session, qint64 caseId) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id, from_state, to_state, operator, at, note FROM residence_case_events WHERE "
                             "case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (Status s = m_store.db().exec(q, "read case events"); !s)
        return s;
    QList<CaseEvent> out;
    while (q.next())
        out << CaseEvent{q.value(0).toLongLong(),
                         CaseWorkflow::fromKey(q.value(1).toString()).value_or(CaseState::Received),
                         CaseWorkflow::fromKey(q.value(2).toString()).value_or(CaseState::Received),
                         q.value(3).toString(),
                         db::toTime(q.value(4)),
                         q.value(5).toString()};
    return out;
}

Result<QList<CaseSummary>> CaseService::find(const Session& session, const CaseFilter& f) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    const QDateTime now = m_store.env().clock->now();
    QStringList where;
    QVariantList binds;
    if (!f.number.isEmpty()) {
        if (f.number.endsWith(QLatin1Char('*'))) {
            const QString prefix = f.number.chopped(1);
            where << QStringLiteral("number >= ? AND number < ?");
            binds << prefix << QString(prefix + QChar(0xFFFF));
        } else {
            where << QStringLiteral("number = ?");
            binds << f.number;
        }
    }
    if (!f.states.isEmpty()) {
        QStringList keys;
        for (CaseState s : f.states)
            keys << QLatin1Char('\'') + CaseWorkflow::key(s) + QLatin1Char('\'');
        where << QStringLiteral("state IN (%1)").arg(keys.join(QStringLiteral(", ")));
    }
    if (f.procedure) {
        where << QStringLiteral("procedure = ?");
        binds << ProcedureCatalogue::key(*f.procedure);
    }
    if (!f.assignedTo.isEmpty()) {
        where << QStringLiteral("assigned_to = ?");
        binds << f.assignedTo;
    }
    if (!f.declarantIdNumber.isEmpty()) {
        where << QStringLiteral("declarant_id_number = ?");
        binds << f.declarantIdNumber;
    }
    if (f.overdueOnly) {
        where << QStringLiteral("state IN ") + runningStatesSql() + QStringLiteral(" AND due_at < ?");
        binds << db::time(now);
    }
    if (f.dueOn.isValid()) {
        where << QStringLiteral("due_at >= ? AND due_at < ?");
        binds << db::time(QDateTime(f.dueOn, QTime(0, 0))) << db::time(QDateTime(f.dueOn.addDays(1), QTime(0, 0)));
    }
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM residence_cases");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY due_at, id LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;
    QSqlQuery q = m_store.db().query();
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (Status s = m_store.db().exec(q, "list cases"); !s)
        return s;
    QList<CaseSummary> out;
    while (q.next())
        out << readSummary(q, now);
    if (Status s = m_store.audit(session, QStringLiteral("residence.case.list"), QStringLiteral("case"), 0,
                                 {{QStringLiteral("results"), int(out.size())}});
        !s)
        return s;
    return out;
}

Result<qint64> CaseService::idOfNumber(const Session& session, const QString& number) const
{
    if (Status s = session.require(perm::View); !s)
        return s;
    QSqlQuery q = m_store.db().query();
    q.prepare(QStringLiteral("SELECT id FROM residence_cases WHERE number = ?"));
    q.addBindValue(number.trimmed());
    if (Status s = m_store.db().exec(q, "find case"); !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace motcua::residence
