#include "ResidenceTypes.h"

#include "AdminUnits.h"

#include <QStringList>

namespace motcua::residence {

QString Address::display() const
{
    QStringList parts;
    const QString place = QString(houseNumber.trimmed() + QLatin1Char(' ') + street.trimmed()).trimmed();
    if (!place.isEmpty())
        parts << place;
    if (const Commune* c = AdminUnits::instance().commune(communeCode))
        parts << c->fullName;
    if (const Province* p = AdminUnits::instance().province(provinceCode))
        parts << p->fullName;
    return parts.join(QStringLiteral(", "));
}

} // namespace motcua::residence
