#include "Logging.h"
#include "Settings.h"
#include "ShellController.h"
#include "Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStyleFactory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("motcua"));
    QApplication::setOrganizationName(QStringLiteral("motcua"));
    QApplication::setApplicationDisplayName(QStringLiteral("Một Cửa Workstation"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vn.motcua.Workstation"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to open."),
                                      QStringLiteral("path"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Settings file to use."),
                                          QStringLiteral("path"));
    parser.addOptions({dbOption, configOption});
    parser.process(app);

    motcua::Settings settings(parser.value(configOption));
    // Operational log beside the data (owner-only); LogSink masks anything shaped like an ID number.
    QDir().mkpath(motcua::Settings::defaultDataDir());
    motcua::LogSink::install(motcua::Settings::defaultDataDir() + QStringLiteral("/motcua.log"));
    motcua::Translator::install(settings.language());

    motcua::shell::ShellController::Options options;
    options.databasePath = parser.value(dbOption);
    motcua::shell::ShellController shell(settings, options);
    QObject::connect(&shell, &motcua::shell::ShellController::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    if (!shell.start())
        return 1;
    return app.exec();
}
