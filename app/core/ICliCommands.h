#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace motcua {

class Workstation;

/// A module's command group in motcua-cli (e.g. "stats"). The module plugin object implements it next to IModule.
class ICliCommands
{
public:
    virtual ~ICliCommands() = default;
    virtual QString cliGroup() const = 0;
    /// One or more lines for `motcua-cli --help`.
    virtual QString cliUsage() const = 0;
    /// `args` follow the group name. `workstation` is the database given by --db, opened with every module
    /// initialized on it, or null when the command line names no database. Returns the exit code.
    virtual int runCli(const QStringList& args, Workstation* workstation) = 0;
};

} // namespace motcua

#define MotcuaCliCommands_iid "vn.motcua.ICliCommands/1"
Q_DECLARE_INTERFACE(motcua::ICliCommands, MotcuaCliCommands_iid)
