#include "CliSupport.h"

#include "AccountService.h"
#include "Settings.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace motcua::cli {

namespace {} // namespace

void out(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    std::fputs((text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

void printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void installCliTranslator()
{
    Settings settings;
    Translator::install(settings.language());
}

int fail(const Status& status)
{
    err(status.message());
    if (!status.details().isEmpty())
        err(QStringLiteral("  (%1)").arg(status.details()));
    return status.isOk() ? 1 : status.exitCode();
}

QString readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), Tr::tr("Database file (default: the workstation's own)."), QStringLiteral("PATH")};
}

QCommandLineOption asOption()
{
    return {QStringLiteral("as"), Tr::tr("Operator account; its password is the first line of stdin."),
            QStringLiteral("USER")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Tr::tr("Print one JSON document on stdout.")};
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args, int* exitCode)
{
    parser.addHelpOption();
    parser.setApplicationDescription(command);
    if (!parser.parse(QStringList{QStringLiteral("motcua-cli")} + args)) {
        err(parser.errorText());
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty() && parser.positionalArguments().size() > 8) {
        err(Tr::tr("Too many arguments."));
        *exitCode = 2;
        return false;
    }
    return true;
}

Result<std::unique_ptr<Workstation>> openWorkstation(const QCommandLineParser& parser, bool create)
{
    Settings settings;
    WorkstationOptions options;
    options.databasePath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : settings.databasePath();
    options.create = create;
    options.vaultKeyFile = settings.vaultKeyFile();
    return Workstation::open(options);
}

Result<Session> operatorSession(Workstation& ws, const QCommandLineParser& parser)
{
    if (!ws.accounts().hasAnyUser())
        return Session::system();
    if (!parser.isSet(QStringLiteral("as")))
        return Status{Status::Code::PermissionDenied,
                      Tr::tr("This command needs an operator: add --as USER and give the password on the first line of "
                             "stdin.")};
    const QString password = readStdinLine();
    return ws.accounts().authenticate(parser.value(QStringLiteral("as")), password);
}

} // namespace motcua::cli
