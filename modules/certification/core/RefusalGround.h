#pragma once

#include <QList>
#include <QString>

namespace motcua::certification {

/// The six grounds on which an original may not be certified (Decree 23/2015, Art. 22).
enum class RefusalGround
{
    Altered = 1,            ///< erased, altered, content improperly added or removed
    Unreadable = 2,         ///< damaged or worn so that the content cannot be read
    SecretOrNoCopy = 3,     ///< marked secret (MẬT) or "không được sao chụp"
    UnlawfulContent = 4,    ///< against the law or social morality, anti-State, insulting, …
    NotLegalised = 5,       ///< issued abroad and not consularly legalised (unless exempt)
    UnconfirmedPrivate = 6, ///< made by an individual without confirmation and seal of a competent body
};

QList<RefusalGround> allRefusalGrounds();
/// The ground as the officer reads it on the checklist and the refusal note (translated).
QString refusalGroundText(RefusalGround ground);

} // namespace motcua::certification
