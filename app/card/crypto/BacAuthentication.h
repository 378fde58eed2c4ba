#pragma once

#include "SecureMessaging.h"
#include "Status.h"

#include <QByteArray>

namespace motcua::card {

/// Basic Access Control mutual authentication (ICAO 9303-11 §4.3) for both roles.
/// Reader: GET CHALLENGE → RND.IC, then EXTERNAL AUTHENTICATE with terminalCommandData(), then
/// terminalCompletion() on the card's 40-byte answer. Card: cardRespond() on the command data.
class BacAuthentication
{
public:
    struct Keys
    {
        QByteArray kEnc;
        QByteArray kMac;
    };

    /// KEnc and KMAC from the MRZ information (see KeyDerivation::mrzInformation).
    static Keys keysFromMrz(const QString& mrzInformation);

    /// E.IFD || M.IFD (40 bytes) for EXTERNAL AUTHENTICATE; rndIfd and kIfd are 8 and 16 random bytes.
    static QByteArray terminalCommandData(const Keys& keys, const QByteArray& rndIc, const QByteArray& rndIfd,
                                          const QByteArray& kIfd);
    /// Checks the card's MAC and RND.IFD, derives the session keys and the SSC.
    static Result<SecureMessaging> terminalCompletion(const Keys& keys, const QByteArray& rndIc,
                                                      const QByteArray& rndIfd, const QByteArray& kIfd,
                                                      const QByteArray& cardResponse);

    struct CardAnswer
    {
        QByteArray responseData; ///< E.IC || M.IC, 40 bytes
        SecureMessaging session;
    };
    /// Card side: checks the terminal's MAC and RND.IC, answers with K.IC (16 random bytes).
    /// A wrong MAC or challenge is a security error (the card answers 6300 / 6982).
    static Result<CardAnswer> cardRespond(const Keys& keys, const QByteArray& rndIc, const QByteArray& kIc,
                                          const QByteArray& commandData);

    /// Session keys and SSC from K.IFD xor K.IC and the two challenges.
    static SecureMessaging sessionFrom(const QByteArray& kIfd, const QByteArray& kIc, const QByteArray& rndIc,
                                       const QByteArray& rndIfd);
};

} // namespace motcua::card
