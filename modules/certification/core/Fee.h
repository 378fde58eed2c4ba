#pragma once

#include <QString>

namespace motcua::certification {

/// The certification fee of Circular 226/2016/TT-BTC: 2,000 đ per page for pages 1–2, 1,000 đ per page from page 3,
/// at most 200,000 đ per copy; pages counted on the original.
class Fee
{
public:
    static qint64 perCopy(int pages);
    static qint64 total(int pages, int copies) { return copies > 0 ? perCopy(pages) * copies : 0; }
    /// "2.000 đ": dot thousands, as on Vietnamese receipts.
    static QString format(qint64 dong);
};

} // namespace motcua::certification
