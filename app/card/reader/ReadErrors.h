#pragma once

#include "CardErrors.h"
#include "Status.h"

namespace motcua::card {

/// The reading errors the operator sees; each says what happened and what to do.
class ReadErrors
{
public:
    static Status wrongKey(bool usedCan)
    {
        return {Status::Code::CardAccessDenied,
                usedCan ? CardTr::tr("The card refused the CAN. Check the six digits (on a CCCD: the last six digits "
                                     "of the ID number) and try again.")
                        : CardTr::tr("The card refused the MRZ data. Check the ID number, date of birth and date of "
                                     "expiry and try again."),
                QStringLiteral("access denied (63xx)")};
    }
    static Status needsMrz()
    {
        return {Status::Code::CardAccessDenied,
                CardTr::tr("This card does not accept the CAN. Enter the ID number, date of birth and date of expiry "
                           "and try again."),
                QStringLiteral("PACE unavailable, BAC needs the MRZ key")};
    }
    static Status unsupportedCard(const QString& details)
    {
        return {Status::Code::NoCard, CardTr::tr("This card is not a supported chip ID card or passport."), details};
    }
    static Status cancelled()
    {
        return {Status::Code::Failed, CardTr::tr("The card read was cancelled."), QStringLiteral("cancelled")};
    }
    static Status communication(const QString& details)
    {
        return {Status::Code::CardCommunicationLost,
                CardTr::tr("Communication with the card broke off. Leave the card on the reader and try again."),
                details};
    }
    static bool isCancelled(const Status& s) { return s.details() == QLatin1String("cancelled"); }
};

} // namespace motcua::card
