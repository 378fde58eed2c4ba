#include "Translator.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace motcua {

bool Translator::install(const QString& language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    QLocale::setDefault(QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                lang == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/motcua_") + lang)) {
        qCWarning(lcCore) << "no translation catalogue for" << lang;
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    return true;
}

} // namespace motcua
