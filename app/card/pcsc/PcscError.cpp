#include "PcscError.h"

#include "CardErrors.h"

#include <PCSC/pcsclite.h>
#include <PCSC/winscard.h>

namespace motcua::card {

Q_LOGGING_CATEGORY(lcCardIo, "motcua.card.io", QtInfoMsg)

QString PcscError::name(LONG rv)
{
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromUtf8(pcsc_stringify_error(rv)))
        .arg(static_cast<quint32>(rv), 8, 16, QLatin1Char('0'));
}

bool PcscError::isServiceLost(LONG rv)
{
    return rv == static_cast<LONG>(SCARD_E_NO_SERVICE) || rv == static_cast<LONG>(SCARD_E_SERVICE_STOPPED) ||
           rv == static_cast<LONG>(SCARD_E_INVALID_HANDLE) || rv == static_cast<LONG>(SCARD_F_COMM_ERROR);
}

bool PcscError::isCardGone(LONG rv)
{
    return rv == static_cast<LONG>(SCARD_W_RESET_CARD) || rv == static_cast<LONG>(SCARD_W_REMOVED_CARD) ||
           rv == static_cast<LONG>(SCARD_E_NO_SMARTCARD) || rv == static_cast<LONG>(SCARD_W_UNPOWERED_CARD) ||
           rv == static_cast<LONG>(SCARD_W_UNRESPONSIVE_CARD) || rv == static_cast<LONG>(SCARD_E_NOT_TRANSACTED) ||
           rv == static_cast<LONG>(SCARD_E_READER_UNAVAILABLE);
}

Status PcscError::noService()
{
    return {
        Status::Code::NoCard,
        CardTr::tr("The smart card service (pcscd) is not running. Start it, or ask the administrator to install it."),
        QStringLiteral("SCARD_E_NO_SERVICE")};
}

Status PcscError::noReader()
{
    return {Status::Code::NoCard, CardTr::tr("No card reader is connected. Plug in the reader and try again."),
            QStringLiteral("SCARD_E_NO_READERS_AVAILABLE")};
}

Status PcscError::noCard()
{
    return {Status::Code::NoCard,
            CardTr::tr("No card is on the reader. Place the ID card on the reader and try again."),
            QStringLiteral("SCARD_E_NO_SMARTCARD")};
}

Status PcscError::cardRemoved()
{
    return {
        Status::Code::CardCommunicationLost,
        CardTr::tr("The card was removed or stopped answering during the read. Leave it on the reader and try again."),
        QStringLiteral("SCARD_W_REMOVED_CARD")};
}

Status PcscError::toStatus(LONG rv, const char* during)
{
    const QString details = QStringLiteral("%1: %2").arg(QLatin1String(during), name(rv));
    if (isServiceLost(rv))
        return {Status::Code::NoCard, noService().message(), details};
    if (rv == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE) || rv == static_cast<LONG>(SCARD_E_UNKNOWN_READER))
        return {Status::Code::NoCard, noReader().message(), details};
    if (rv == static_cast<LONG>(SCARD_E_NO_SMARTCARD) || rv == static_cast<LONG>(SCARD_W_REMOVED_CARD))
        return {Status::Code::NoCard, noCard().message(), details};
    if (isCardGone(rv) || rv == static_cast<LONG>(SCARD_E_TIMEOUT))
        return {Status::Code::CardCommunicationLost, cardRemoved().message(), details};
    if (rv == static_cast<LONG>(SCARD_W_UNSUPPORTED_CARD) || rv == static_cast<LONG>(SCARD_E_PROTO_MISMATCH))
        return {Status::Code::NoCard, CardTr::tr("This card is not supported by the reader."), details};
    if (rv == static_cast<LONG>(SCARD_E_SHARING_VIOLATION))
        return {Status::Code::NoCard, CardTr::tr("Another program is using the card reader. Close it and try again."),
                details};
    return {Status::Code::Failed, CardTr::tr("The card reader reported an error."), details};
}

} // namespace motcua::card
