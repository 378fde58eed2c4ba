// motcua-cli db: create a workstation database, verify its integrity and audit chain.
#include "AccountService.h"
#include "AuditLog.h"
#include "CliSupport.h"
#include "Clock.h"
#include "Commands.h"
#include "Database.h"
#include "DemoData.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace motcua::cli {

namespace {

int dbInit(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("admin"), Tr::tr("User name of the first administrator."), QStringLiteral("USER")});
    p.addOption({QStringLiteral("display-name"), Tr::tr("Full name of the administrator."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("password-stdin"), Tr::tr("Read the administrator's password from stdin.")});
    p.addOption({QStringLiteral("demo"), Tr::tr("Add the demo office, demo accounts and demo records.")});
    int code = 0;
    if (!parse(p, QStringLiteral("db init"), args, &code))
        return code;
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("admin")) ||
        !p.isSet(QStringLiteral("password-stdin"))) {
        err(Tr::tr("db init needs --db PATH, --admin USER and --password-stdin."));
        return 2;
    }
    const QString password = readStdinLine();
    Result<std::unique_ptr<Workstation>> ws = openWorkstation(p, true);
    if (!ws)
        return fail(ws.status());
    if ((*ws)->accounts().hasAnyUser())
        return fail({Status::Code::InputRejected, Tr::tr("This database is already set up; it was not changed.")});
    const QString admin = p.value(QStringLiteral("admin"));
    if (Status s = (*ws)->accounts().createFirstAdmin(admin, p.value(QStringLiteral("display-name")), password); !s)
        return fail(s);
    if (p.isSet(QStringLiteral("demo")))
        if (Status s = DemoData::seed(**ws, password); !s)
            return fail(s);
    err(Tr::tr("Created %1 with the administrator \"%2\".").arg(p.value(QStringLiteral("db")), admin.toLower()));
    return 0;
}

int dbVerify(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(jsonOption());
    int code = 0;
    if (!parse(p, QStringLiteral("db verify"), args, &code))
        return code;
    if (!p.isSet(QStringLiteral("db"))) {
        err(Tr::tr("db verify needs --db PATH."));
        return 2;
    }
    // Read-only check: no migrations, no modules, nothing written.
    Result<std::unique_ptr<Database>> db = Database::open(p.value(QStringLiteral("db")), false);
    if (!db)
        return fail(db.status());
    QSqlQuery q = (*db)->query();
    QString integrity = QStringLiteral("error");
    if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
        integrity = q.value(0).toString();
    const bool integrityOk = integrity == QLatin1String("ok");
    Clock clock;
    AuditLog audit(**db, clock);
    Result<AuditVerifyReport> report = audit.verify();
    if (!report)
        return fail(report.status());
    const bool chainOk = report->intact();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("integrity"), integrity},
                      {QStringLiteral("auditRows"), report->rowsChecked},
                      {QStringLiteral("auditChain"), chainOk ? QStringLiteral("intact") : QStringLiteral("broken")},
                      {QStringLiteral("firstBadRow"), chainOk ? QJsonValue() : QJsonValue(report->firstBadRowId)},
                      {QStringLiteral("problem"), chainOk ? QJsonValue() : QJsonValue(report->problem)}};
        printJson(o);
    } else {
        out(Tr::tr("Database integrity: %1\n").arg(integrity));
        out(chainOk
                ? Tr::tr("Audit log: %1 rows, chain intact\n").arg(report->rowsChecked)
                : Tr::tr("Audit log: chain BROKEN at row %1: %2\n").arg(report->firstBadRowId).arg(report->problem));
    }
    if (!chainOk)
        err(Tr::tr("The audit log was tampered with: %1.").arg(report->problem));
    if (!integrityOk)
        err(Tr::tr("The database file is damaged: %1").arg(integrity));
    return chainOk && integrityOk ? 0 : 5;
}
} // namespace

int runDb(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("init"))
        return dbInit(args.mid(1));
    if (sub == QLatin1String("verify"))
        return dbVerify(args.mid(1));
    err(Tr::tr("Usage: motcua-cli db init|verify --db PATH ..."));
    return 2;
}

} // namespace motcua::cli
