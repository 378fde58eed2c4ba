#pragma once

#include "Session.h"
#include "Status.h"
#include "Workstation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace motcua::cli {

// Helpers shared by motcua-cli and the command groups modules add to it (see ICliCommands).

/// Translation context of the command line: call Tr::tr("...") so lupdate finds the strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(motcua::cli)
};

void out(const QString& text);
void err(const QString& text);
void printJson(const QJsonValue& value);
void installCliTranslator();
/// Prints the status's message (and details) on stderr and returns its exit code.
int fail(const Status& status);
/// Reads one line from stdin without its line end; null when stdin is exhausted.
QString readStdinLine();

/// Parses `args` (without the group and command names) with the common options added; exit code 2 on error.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args, int* exitCode);
QCommandLineOption dbOption();
QCommandLineOption asOption();
QCommandLineOption jsonOption();

/// The database from --db (or the workstation's default), opened with modules and migrations.
Result<std::unique_ptr<Workstation>> openWorkstation(const QCommandLineParser& parser, bool create = false);
/// The operator given by --as, whose password is the first line of stdin. A database with no accounts
/// at all accepts commands without an operator (acting as "system").
Result<Session> operatorSession(Workstation& ws, const QCommandLineParser& parser);

} // namespace motcua::cli
