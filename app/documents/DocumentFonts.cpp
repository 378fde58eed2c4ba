#include "DocumentFonts.h"

#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

// Q_INIT_RESOURCE declares a function, so it must run outside any namespace; the library is static.
static void initDocumentFonts()
{
    Q_INIT_RESOURCE(motcua_document_fonts);
}

namespace motcua::documents {

QString DocumentFonts::serifFamily()
{
    static QMutex mutex;
    static QString family;
    QMutexLocker lock(&mutex);
    if (family.isEmpty()) {
        for (const QString& file : {serifFontFile(false), serifFontFile(true)}) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && family.isEmpty())
                family = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        if (family.isEmpty())
            family = QStringLiteral("serif");
    }
    return family;
}

QString DocumentFonts::serifFontFile(bool bold)
{
    static const bool initialised = [] {
        initDocumentFonts();
        return true;
    }();
    Q_UNUSED(initialised);
    return bold ? QStringLiteral(":/motcua/fonts/LiberationSerif-Bold.ttf")
                : QStringLiteral(":/motcua/fonts/LiberationSerif-Regular.ttf");
}

QFont DocumentFonts::serif(double pointSize, bool bold)
{
    QFont font(serifFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

} // namespace motcua::documents
