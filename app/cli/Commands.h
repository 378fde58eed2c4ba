#pragma once

#include <QStringList>

namespace motcua::cli {

// Each command group takes the arguments after its name and returns the process exit code.
int runDb(const QStringList& args);
int runUsers(const QStringList& args);
int runModules(const QStringList& args);
int runCard(const QStringList& args);
int runPdf(const QStringList& args);

} // namespace motcua::cli
