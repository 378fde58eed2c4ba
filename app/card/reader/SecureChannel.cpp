#include "SecureChannel.h"

#include "ReadErrors.h"

namespace motcua::card {

Result<ResponseApdu> SecureChannel::send(const CommandApdu& command)
{
    if (m_cancel && m_cancel->load())
        return ReadErrors::cancelled();
    m_sessionLost = false;
    CommandApdu wire = command;
    if (m_session) {
        auto protectedCommand = m_session->protectCommand(command);
        if (!protectedCommand)
            return protectedCommand.status();
        wire = *protectedCommand;
    }
    auto raw = m_channel.transmit(wire.encode());
    if (!raw)
        return raw.status();
    auto response = ResponseApdu::parse(*raw);
    if (!response)
        return ReadErrors::communication(response.status().details());
    if (!m_session)
        return response;
    auto plain = m_session->unprotectResponse(*response);
    if (!plain)
        return plain.status();
    if (m_session->lastResponseWasPlain()) {
        m_sessionLost = true;
        m_session.reset();
    }
    return plain;
}

} // namespace motcua::card
