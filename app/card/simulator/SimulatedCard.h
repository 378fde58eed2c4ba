#pragma once

#include "CardImage.h"
#include "CardProfile.h"
#include "crypto/Apdu.h"
#include "crypto/PaceProtocol.h"
#include "crypto/SecureMessaging.h"

#include <QByteArray>

#include <optional>

namespace motcua::card {

/// The chip of a Vietnamese CCCD as the simulator plays it: file system of the eMRTD application, BAC, PACE
/// (generic mapping, CAN or MRZ), secure messaging, READ BINARY (short, extended, odd INS), active authentication,
/// and the quirks of real cards (MF select 6D00, DG11 absent, DG3 protected). Transport-independent.
class SimulatedCard
{
public:
    SimulatedCard(CardProfile profile, CardImage image);

    static QByteArray atr();
    /// Power off, power on and reset all end the session.
    void reset();
    /// One command APDU in, one response APDU out (data + SW).
    QByteArray process(const QByteArray& command);
    int apduCount() const { return m_apdus; }

private:
    QByteArray processCommand(const QByteArray& command);
    /// T=0 style: splits long answers into 61xx chunks fetched with GET RESPONSE.
    QByteArray chunked(const QByteArray& response);
    QByteArray getResponse(const QByteArray& command);

    ResponseApdu handle(const CommandApdu& command, bool secured);
    ResponseApdu select(const CommandApdu& command);
    ResponseApdu readBinary(const CommandApdu& command, bool secured);
    ResponseApdu getChallenge(const CommandApdu& command);
    ResponseApdu externalAuthenticate(const CommandApdu& command);
    ResponseApdu manageSecurityEnvironment(const CommandApdu& command);
    ResponseApdu generalAuthenticate(const CommandApdu& command);
    ResponseApdu chipAuthenticate(const CommandApdu& command, bool secured);
    ResponseApdu internalAuthenticate(const CommandApdu& command, bool secured);
    const QByteArray* currentContent() const;
    void dropSession();
    /// Bytes a protected response with `plainLength` data bytes takes (to honour the 256-byte short limit).
    int protectedSize(int plainLength) const;

    CardProfile m_profile;
    CardImage m_image;
    bool m_applicationSelected = false;
    quint16 m_currentFile = 0;
    std::optional<SecureMessaging> m_session;
    QByteArray m_rndIc;
    std::optional<PaceProtocol> m_pace;
    bool m_chipAuthenticationSelected = false;    ///< MSE:Set AT for chip authentication received
    std::optional<SecureMessaging> m_nextSession; ///< takes over after the current answer (chip authentication)
    int m_paceStep = 0;
    int m_apdus = 0;
    QByteArray m_pendingData; ///< rest of an answer waiting for GET RESPONSE
    QByteArray m_pendingStatus;
};

} // namespace motcua::card
