#include "PcscCard.h"

#include "CardErrors.h"
#include "PcscError.h"

#include <PCSC/pcsclite.h>
#include <PCSC/reader.h>

#include <vector>

namespace motcua::card {

namespace {
constexpr int kMaxChainedResponses = 256; // 61xx loops longer than this are a broken card
constexpr DWORD kReceiveBuffer = MAX_BUFFER_SIZE_EXTENDED;

quint16 statusWord(const QByteArray& response)
{
    const int n = response.size();
    return n < 2 ? 0 : quint16((quint8(response[n - 2]) << 8) | quint8(response[n - 1]));
}
} // namespace

PcscCard::PcscCard(PcscContext& context) : m_context(context) {}

PcscCard::~PcscCard()
{
    disconnect();
}

Status PcscCard::connect(const QString& reader)
{
    disconnect();
    auto readers = m_context.listReaders();
    if (!readers)
        return readers.status();
    if (readers->isEmpty())
        return PcscError::noReader();
    if (!reader.isEmpty()) {
        if (!readers->contains(reader))
            return {Status::Code::NoCard, CardTr::tr("The card reader \"%1\" is not connected.").arg(reader),
                    QStringLiteral("SCARD_E_UNKNOWN_READER")};
        return connectTo(reader);
    }
    // No reader named: take the first one that holds a card.
    std::vector<QByteArray> names;
    std::vector<SCARD_READERSTATE> states(readers->size());
    for (const QString& r : *readers)
        names.push_back(r.toUtf8());
    for (size_t i = 0; i < names.size(); ++i) {
        states[i].szReader = names[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    const LONG rv = SCardGetStatusChange(m_context.handle(), 0, states.data(), DWORD(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != static_cast<LONG>(SCARD_E_TIMEOUT)) {
        if (PcscError::isServiceLost(rv))
            m_context.reset();
        return PcscError::toStatus(rv, "SCardGetStatusChange");
    }
    for (size_t i = 0; i < states.size(); ++i) {
        if ((states[i].dwEventState & SCARD_STATE_PRESENT) && !(states[i].dwEventState & SCARD_STATE_MUTE))
            return connectTo(readers->at(int(i)));
    }
    return PcscError::noCard();
}

Status PcscCard::connectTo(const QString& reader)
{
    const QByteArray name = reader.toUtf8();
    LONG rv = SCardConnect(m_context.handle(), name.constData(), SCARD_SHARE_SHARED,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &m_protocol);
    if (rv != SCARD_S_SUCCESS) {
        m_card = 0;
        if (PcscError::isServiceLost(rv))
            m_context.reset();
        if (rv == static_cast<LONG>(SCARD_E_NO_SMARTCARD) || rv == static_cast<LONG>(SCARD_W_REMOVED_CARD))
            return PcscError::noCard();
        return PcscError::toStatus(rv, "SCardConnect");
    }
    m_reader = reader;
    m_wasReset = false;
    DWORD readerLen = 0, state = 0, protocol = 0, atrLen = MAX_ATR_SIZE;
    unsigned char atr[MAX_ATR_SIZE];
    if (SCardStatus(m_card, nullptr, &readerLen, &state, &protocol, atr, &atrLen) == SCARD_S_SUCCESS)
        m_atr = QByteArray(reinterpret_cast<const char*>(atr), int(atrLen));
    // Readers that cannot do extended APDUs say so by a small maximum message size.
    DWORD maxSize = 0;
    DWORD attrLen = sizeof(maxSize);
    if (SCardGetAttrib(m_card, SCARD_ATTR_MAXINPUT, reinterpret_cast<LPBYTE>(&maxSize), &attrLen) == SCARD_S_SUCCESS &&
        attrLen == sizeof(maxSize) && maxSize > 0 && maxSize < 261)
        m_extendedLength = false;
    return Status::ok();
}

void PcscCard::disconnect(bool resetCard)
{
    if (!m_card)
        return;
    endTransaction();
    SCardDisconnect(m_card, resetCard ? SCARD_RESET_CARD : SCARD_LEAVE_CARD);
    m_card = 0;
}

Status PcscCard::beginTransaction()
{
    if (m_inTransaction)
        return Status::ok();
    LONG rv = SCardBeginTransaction(m_card);
    if (rv == static_cast<LONG>(SCARD_W_RESET_CARD)) {
        rv = SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD,
                            &m_protocol);
        if (rv == SCARD_S_SUCCESS)
            rv = SCardBeginTransaction(m_card);
    }
    if (rv != SCARD_S_SUCCESS)
        return PcscError::toStatus(rv, "SCardBeginTransaction");
    m_inTransaction = true;
    return Status::ok();
}

void PcscCard::endTransaction()
{
    if (m_inTransaction && m_card)
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    m_inTransaction = false;
}

Result<QByteArray> PcscCard::transmitRaw(const QByteArray& command)
{
    if (!m_card)
        return PcscError::cardRemoved();
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    QByteArray response(int(kReceiveBuffer), Qt::Uninitialized);
    DWORD len = kReceiveBuffer;
    LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const BYTE*>(command.constData()), DWORD(command.size()),
                            nullptr, reinterpret_cast<BYTE*>(response.data()), &len);
    if (rv == static_cast<LONG>(SCARD_W_RESET_CARD)) {
        // Someone reset the card: reconnect, but the session keys on the card are gone, so the read must restart.
        m_wasReset = true;
        SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD,
                       &m_protocol);
    }
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcCardIo) << "SCardTransmit:" << PcscError::name(rv);
        if (PcscError::isServiceLost(rv))
            m_context.reset();
        Status lost = PcscError::cardRemoved();
        return Status(lost.code(), lost.message(), QStringLiteral("SCardTransmit: %1").arg(PcscError::name(rv)));
    }
    response.truncate(int(len));
    m_stats.add(command, response);
    if (response.size() < 2)
        return Status(Status::Code::CardCommunicationLost, PcscError::cardRemoved().message(),
                      QStringLiteral("response shorter than a status word"));
    return response;
}

Result<QByteArray> PcscCard::transmit(const QByteArray& command)
{
    auto response = transmitRaw(command);
    if (!response)
        return response;
    quint16 sw = statusWord(*response);
    // 6Cxx: wrong Le, the card tells the right one; re-send once with it (short APDUs only).
    // Only for plain short commands: a protected command would need a new MAC, an extended one a two-byte Le.
    const bool plainShort =
        command.size() >= 5 && (quint8(command[0]) & 0x0C) == 0 && (command.size() == 5 || quint8(command[4]) != 0);
    if ((sw & 0xFF00) == 0x6C00 && plainShort) {
        QByteArray again = command;
        again[again.size() - 1] = char(sw & 0xFF);
        response = transmitRaw(again);
        if (!response)
            return response;
        sw = statusWord(*response);
    }
    // 61xx: more data waiting; fetch it with GET RESPONSE and concatenate.
    QByteArray data = response->left(response->size() - 2);
    for (int i = 0; (sw & 0xFF00) == 0x6100 && i < kMaxChainedResponses; ++i) {
        const QByteArray getResponse = QByteArray::fromHex("00C00000") + char(sw & 0xFF);
        auto more = transmitRaw(getResponse);
        if (!more)
            return more;
        sw = statusWord(*more);
        data += more->left(more->size() - 2);
    }
    data.append(char(sw >> 8)).append(char(sw & 0xFF));
    return data;
}

} // namespace motcua::card
