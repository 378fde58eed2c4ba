#include "DiagnosticsReport.h"

#include "CardStatusIndicator.h"
#include "Database.h"
#include "ModuleManager.h"
#include "Settings.h"
#include "SystemInfo.h"
#include "Workstation.h"
#include "pcsc/ReaderMonitor.h"

#include <QDateTime>
#include <QLocale>

namespace motcua::shell {

namespace {
QString stateName(ModuleSpec::State state)
{
    switch (state) {
    case ModuleSpec::State::Discovered:
        return DiagnosticsReport::tr("found, not loaded");
    case ModuleSpec::State::Loaded:
        return DiagnosticsReport::tr("loaded");
    case ModuleSpec::State::Initialized:
        return DiagnosticsReport::tr("running");
    case ModuleSpec::State::Skipped:
        return DiagnosticsReport::tr("skipped");
    }
    return {};
}

void heading(QString& out, const QString& title)
{
    out += QLatin1Char('\n') + title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('=')) + QLatin1Char('\n');
}

void line(QString& out, const QString& label, const QString& value)
{
    out += QStringLiteral("%1: %2\n").arg(label, value);
}
} // namespace

QString DiagnosticsReport::build(Workstation& workstation, const Settings& settings, const card::ReaderMonitor* monitor)
{
    QString out;
    out += tr("Một Cửa Workstation diagnostics, %1")
               .arg(QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))) +
           QLatin1Char('\n');

    heading(out, tr("Versions"));
    line(out, tr("Application"), SystemInfo::applicationVersion());
    line(out, QStringLiteral("Qt"), SystemInfo::qtVersion());
    line(out, QStringLiteral("OpenSSL"), SystemInfo::openSslVersion());
    line(out, QStringLiteral("SQLite"), SystemInfo::sqliteVersion(workstation.database()));
    line(out, tr("Operating system"), SystemInfo::operatingSystem());
    line(out, tr("Language"), settings.language());

    heading(out, tr("Modules"));
    ModuleManager& modules = workstation.modules();
    const QList<ModuleSpec> specs = modules.specs();
    if (specs.isEmpty())
        out += tr("No modules were found.") + QLatin1Char('\n');
    for (const ModuleSpec& spec : specs) {
        out += QStringLiteral("- %1 (%2) %3: %4\n")
                   .arg(spec.name.isEmpty() ? spec.id : spec.name, spec.id, spec.version.toString(),
                        stateName(spec.state));
        if (!spec.skipReason.isEmpty())
            out += QStringLiteral("    ") + tr("Reason: %1").arg(spec.skipReason) + QLatin1Char('\n');
        if (!spec.fileName.isEmpty())
            out += QStringLiteral("    ") + tr("File: %1").arg(spec.fileName) + QLatin1Char('\n');
    }
    line(out, tr("Plugin folders"), modules.searchPaths().join(QStringLiteral(", ")));
    for (const QString& warning : modules.warnings())
        out += tr("Warning: %1").arg(warning) + QLatin1Char('\n');

    heading(out, tr("Database"));
    line(out, tr("File"), workstation.database().path());
    line(out, tr("Settings file"), settings.fileName());
    const QMap<QString, int> versions = workstation.database().schemaVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        line(out, tr("Schema version of %1").arg(it.key()), QString::number(it.value()));

    heading(out, tr("Card readers"));
    line(out, tr("PC/SC service"), card::ReaderMonitor::pcscServiceStatus());
    if (monitor) {
        const QList<card::ReaderState> readers = monitor->readers();
        line(out, tr("Status"),
             CardStatusIndicator::describe(CardStatusIndicator::stateOf(monitor->serviceAvailable(), readers)));
        for (const card::ReaderState& r : readers)
            out += QStringLiteral("- %1: %2\n").arg(r.name, r.cardPresent ? tr("card present") : tr("no card"));
    } else {
        line(out, tr("Status"), tr("not monitored"));
    }
    return out;
}

} // namespace motcua::shell
