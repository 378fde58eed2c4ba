#include "Fee.h"

#include <algorithm>

namespace motcua::certification {

qint64 Fee::perCopy(int pages)
{
    if (pages <= 0)
        return 0;
    const qint64 fee = 2000LL * std::min(pages, 2) + 1000LL * std::max(pages - 2, 0);
    return std::min<qint64>(fee, 200000);
}

QString Fee::format(qint64 dong)
{
    QString digits = QString::number(dong);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QStringLiteral(" đ");
}

} // namespace motcua::certification
