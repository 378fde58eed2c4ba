#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace motcua {
class Workstation;
}

namespace motcua::statistics {

inline const QString kPermView = QStringLiteral("statistics.view");
inline const QString kPermImport = QStringLiteral("statistics.import");

/// The `motcua-cli stats` command group: generate, import, summary (see the CLI contract).
class StatsCommands
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::StatsCommands)
public:
    static QString usage();
    static int run(const QStringList& args, Workstation* ws);

private:
    static int generate(const QStringList& args);
    static int import(const QStringList& args, Workstation* ws);
    static int summary(const QStringList& args, Workstation* ws);
};

} // namespace motcua::statistics
