#pragma once

#include "Status.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::card {

/// EF.COM: LDS and Unicode versions and the list of data groups present.
struct EfCom
{
    QString ldsVersion;     ///< "0107" → as stored
    QString unicodeVersion; ///< "040000"
    QList<int> dataGroups;  ///< data group numbers, in the card's order

    static Result<EfCom> parse(const QByteArray& raw);
};

} // namespace motcua::card
