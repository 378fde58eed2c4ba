#pragma once

#include "crypto/Apdu.h"
#include "crypto/SecureMessaging.h"
#include "pcsc/ApduChannel.h"

#include <atomic>
#include <optional>

namespace motcua::card {

/// Sends commands to the card in plain or, once access control succeeded, through secure messaging; notices when
/// the card dropped the session (a bare status word) and when the operator cancelled.
class SecureChannel
{
public:
    explicit SecureChannel(ApduChannel& channel) : m_channel(channel) {}

    void setSession(SecureMessaging session) { m_session = std::move(session); }
    void clearSession() { m_session.reset(); }
    bool isSecured() const { return m_session.has_value(); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    /// One command; the response's SW is returned as is (errors are only transport, MAC and cancellation).
    Result<ResponseApdu> send(const CommandApdu& command);
    /// True when the last protected command got a bare status word: the card ended secure messaging.
    bool sessionLost() const { return m_sessionLost; }
    ApduChannel& transport() { return m_channel; }

private:
    ApduChannel& m_channel;
    std::optional<SecureMessaging> m_session;
    const std::atomic<bool>* m_cancel = nullptr;
    bool m_sessionLost = false;
};

} // namespace motcua::card
