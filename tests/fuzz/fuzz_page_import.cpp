// Scanned originals (PDF, JPEG, PNG, TIFF) come from citizens' files and scanners: the certification module's page
// import must refuse absurd dimensions and damaged files with a Status, never crash or allocate without bound.
#include "FuzzSupport.h"
#include "PageImport.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes(data, size)) != qint64(size))
            __builtin_trap();
    }
    using motcua::certification::PageImport;
    const auto items = PageImport::inspect(path);
    if (!items)
        return 0;
    int pages = 0;
    for (motcua::certification::PageItem item : *items) {
        if (item.isPdf || ++pages > 4)
            continue;
        item.rotation = (pages - 1) * 90;
        const auto page = PageImport::imagePage(item);
        if (page && !page->startsWith("%PDF-"))
            __builtin_trap();
    }
    return 0;
}
