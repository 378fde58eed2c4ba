#include "RefusalGround.h"

#include "CertificationTr.h"

namespace motcua::certification {

QList<RefusalGround> allRefusalGrounds()
{
    return {RefusalGround::Altered,         RefusalGround::Unreadable,   RefusalGround::SecretOrNoCopy,
            RefusalGround::UnlawfulContent, RefusalGround::NotLegalised, RefusalGround::UnconfirmedPrivate};
}

QString refusalGroundText(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::Altered:
        return Tr::tr("The original is erased or altered, or content was improperly added or removed.");
    case RefusalGround::Unreadable:
        return Tr::tr("The original is damaged or worn so that its content cannot be read.");
    case RefusalGround::SecretOrNoCopy:
        return Tr::tr("The original is marked secret or \"not to be copied\".");
    case RefusalGround::UnlawfulContent:
        return Tr::tr("The content is against the law or social morality, or violates citizens' rights.");
    case RefusalGround::NotLegalised:
        return Tr::tr("The original was issued abroad and is not consularly legalised.");
    case RefusalGround::UnconfirmedPrivate:
        return Tr::tr("The original was made by an individual without the confirmation and seal of a competent body.");
    }
    return {};
}

} // namespace motcua::certification
