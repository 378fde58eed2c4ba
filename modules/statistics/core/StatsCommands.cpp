#include "StatsCommands.h"

#include "AuditLog.h"
#include "CliSupport.h"
#include "Clock.h"
#include "DateCodec.h"
#include "ResidentImporter.h"
#include "StatisticsAccess.h"
#include "SummaryQuery.h"
#include "SyntheticGenerator.h"
#include "Workstation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::statistics {

QString StatsCommands::usage()
{
    return tr("  stats generate --residents N --seed S --out FILE.csv      synthetic residents\n"
              "  stats import --db PATH FILE.csv [--partial] [--json]       import a resident file\n"
              "  stats summary --db PATH [--province CODE] [--ward CODE] [--as-of YYYY-MM-DD] --json");
}

int StatsCommands::run(const QStringList& args, Workstation* ws)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("generate"))
        return generate(rest);
    if (command == QLatin1String("import"))
        return import(rest, ws);
    if (command == QLatin1String("summary"))
        return summary(rest, ws);
    cli::err(usage());
    return 2;
}

int StatsCommands::generate(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("residents"), tr("Number of residents."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same file."), QStringLiteral("S")});
    p.addOption({QStringLiteral("out"), tr("CSV file to write."), QStringLiteral("FILE")});
    int code = 0;
    if (!cli::parse(p, QStringLiteral("stats generate"), args, &code))
        return code;
    bool okN = false, okSeed = false;
    const qint64 n = p.value(QStringLiteral("residents")).toLongLong(&okN);
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okN || n < 0 || !okSeed || !p.isSet(QStringLiteral("out"))) {
        cli::err(tr("stats generate needs --residents N, --seed S and --out FILE."));
        return 2;
    }
    QSaveFile file(p.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly))
        return cli::fail(Status{Status::Code::Failed, tr("Cannot write %1.").arg(file.fileName()), file.errorString()});
    if (Status s = SyntheticGenerator().write(&file, n, seed); !s)
        return cli::fail(s);
    if (!file.commit())
        return cli::fail(Status{Status::Code::Failed, tr("Cannot write %1.").arg(file.fileName()), file.errorString()});
    return 0;
}

int StatsCommands::import(const QStringList& args, Workstation* ws)
{
    QCommandLineParser p;
    p.addOption(cli::dbOption());
    p.addOption(cli::asOption());
    p.addOption(cli::jsonOption());
    p.addOption({QStringLiteral("partial"), tr("Store the valid rows even when some are rejected.")});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Resident CSV file."));
    int code = 0;
    if (!cli::parse(p, QStringLiteral("stats import"), args, &code))
        return code;
    if (!ws || p.positionalArguments().size() != 1) {
        cli::err(tr("stats import needs --db PATH and one CSV file."));
        return 2;
    }
    Result<Session> session = cli::operatorSession(*ws, p);
    if (!session)
        return cli::fail(session.status());
    if (Status s = access::mayImport(*session); !s)
        return cli::fail(s);
    QFile file(p.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return cli::fail(
            Status{Status::Code::InputRejected, tr("Cannot read %1.").arg(file.fileName()), file.errorString()});
    Result<Vault*> vault = ws->vault();
    if (!vault)
        return cli::fail(vault.status());

    ImportOptions options;
    options.partial = p.isSet(QStringLiteral("partial"));
    options.today = datecodec::fromDate(ws->clock().today());
    options.rejected = [](qint64 line, const QString& why) { cli::err(tr("line %1: %2").arg(line).arg(why)); };
    ImportReport report;
    const Status status = ResidentImporter(ws->database(), *vault).run(&file, options, &report);
    for (const QString& w : report.warnings)
        cli::err(w);
    // The audit log records the import with counts only; the file's content is not personal data of a log.
    (void)access::recordImport(ws->audit(), *session, QFileInfo(file.fileName()).fileName(), report.imported,
                               report.rejected, status.isOk());
    if (p.isSet(QStringLiteral("json")))
        cli::printJson(
            QJsonObject{{QStringLiteral("imported"), report.imported}, {QStringLiteral("rejected"), report.rejected}});
    else
        cli::out(tr("%1 imported, %2 rejected\n").arg(report.imported).arg(report.rejected));
    if (!status)
        return cli::fail(status);
    return 0;
}

int StatsCommands::summary(const QStringList& args, Workstation* ws)
{
    QCommandLineParser p;
    p.addOption(cli::dbOption());
    p.addOption(cli::asOption());
    p.addOption(cli::jsonOption());
    p.addOption({QStringLiteral("province"), tr("2-digit province code."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("ward"), tr("5-digit commune or ward code."), QStringLiteral("CODE")});
    p.addOption(
        {QStringLiteral("as-of"), tr("Date on which ages are counted (default today)."), QStringLiteral("YYYY-MM-DD")});
    int code = 0;
    if (!cli::parse(p, QStringLiteral("stats summary"), args, &code))
        return code;
    if (!ws) {
        cli::err(tr("stats summary needs --db PATH."));
        return 2;
    }
    AreaFilter area;
    const QRegularExpression two(QStringLiteral("^\\d{2}$")), five(QStringLiteral("^\\d{5}$"));
    if (p.isSet(QStringLiteral("province"))) {
        if (!two.match(p.value(QStringLiteral("province"))).hasMatch())
            return cli::fail({Status::Code::InputRejected, tr("--province needs a 2-digit code.")});
        area.provinceCode = p.value(QStringLiteral("province")).toInt();
    }
    if (p.isSet(QStringLiteral("ward"))) {
        if (!five.match(p.value(QStringLiteral("ward"))).hasMatch())
            return cli::fail({Status::Code::InputRejected, tr("--ward needs a 5-digit code.")});
        area.wardCode = p.value(QStringLiteral("ward")).toInt();
    }
    int asOf = datecodec::fromDate(ws->clock().today());
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = datecodec::parseIso(p.value(QStringLiteral("as-of")).toLatin1());
        if (!asOf)
            return cli::fail({Status::Code::InputRejected, tr("--as-of needs a real date in the form YYYY-MM-DD.")});
    }
    Result<Session> session = cli::operatorSession(*ws, p);
    if (!session)
        return cli::fail(session.status());
    if (Status s = session->require(kPermView); !s)
        return cli::fail(s);
    Result<PopulationSummary> sum = SummaryQuery(ws->database()).run(area, asOf);
    if (!sum)
        return cli::fail(sum.status());
    (void)ws->audit().append(session->username(), {QStringLiteral("statistics.summary"), QStringLiteral("area"),
                                                   QString::number(area.areaKey()), QJsonObject{}});
    if (p.isSet(QStringLiteral("json"))) {
        cli::printJson(sum->toJson());
    } else {
        cli::out(tr("Residents: %1\n").arg(sum->total));
    }
    return 0;
}

} // namespace motcua::statistics
