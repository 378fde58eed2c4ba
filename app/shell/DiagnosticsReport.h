#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua {
class Settings;
class Workstation;
namespace card {
class ReaderMonitor;
}
} // namespace motcua

namespace motcua::shell {

/// Plain-text report for support: versions, modules with state and skip reason, database and schema
/// versions, PC/SC service and readers. Holds no personal data.
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(motcua::shell::DiagnosticsReport)

public:
    static QString build(Workstation& workstation, const Settings& settings, const card::ReaderMonitor* monitor);
};

} // namespace motcua::shell
