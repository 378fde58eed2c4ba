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
        initDocumentFonts();
        for (const char* file :
             {":/motcua/fonts/LiberationSerif-Regular.ttf", ":/motcua/fonts/LiberationSerif-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && family.isEmpty())
                family = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        if (family.isEmpty())
            family = QStringLiteral("serif");
    }
    return family;
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
