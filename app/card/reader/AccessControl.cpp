#include "AccessControl.h"

#include "ReadErrors.h"
#include "access/MseSetAt.h"
#include "access/SecurityInfos.h"
#include "crypto/BacAuthentication.h"
#include "crypto/KeyDerivation.h"
#include "crypto/PaceProtocol.h"
#include "lds/LdsFiles.h"
#include "pcsc/PcscError.h"

#include <QRandomGenerator>

namespace motcua::card {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    for (char& c : out)
        c = char(QRandomGenerator::system()->bounded(256));
    return out;
}

bool isWrongPassword(quint16 sw)
{
    return sw == 0x6300 || (sw & 0xFFF0) == 0x63C0;
}

CommandApdu generalAuthenticate(quint8 tag, const QByteArray& value, bool last)
{
    CommandApdu c;
    c.cla = last ? 0x00 : 0x10; // command chaining for all but the last step
    c.ins = 0x86;
    c.data = PaceProtocol::dynamicAuthenticationData(tag, value);
    c.le = 256;
    return c;
}

QString swText(quint16 sw)
{
    return QStringLiteral("SW %1").arg(sw, 4, 16, QLatin1Char('0'));
}

} // namespace

Status AccessControl::selectApplication(SecureChannel& channel)
{
    CommandApdu select;
    select.ins = 0xA4;
    select.p1 = 0x04;
    select.p2 = 0x0C;
    select.data = QByteArray::fromHex(LdsFiles::ApplicationIdHex);
    auto r = channel.send(select);
    if (!r)
        return r.status();
    if (!r->isSuccess())
        return ReadErrors::unsupportedCard(QStringLiteral("SELECT eMRTD application: ") + swText(r->sw));
    return Status::ok();
}

Result<AccessProtocol> AccessControl::establish(SecureChannel& channel, const AccessKey& key,
                                                const QByteArray& cardAccess)
{
    if (!cardAccess.isEmpty()) {
        bool refused = false;
        Status s = pace(channel, key, cardAccess, &refused);
        if (s.code() == Status::Code::CardAccessDenied && key.hasCan() && key.hasMrz()) {
            // The CAN (perhaps derived from the ID number, a rule no one guarantees) was refused: the MRZ may work.
            AccessKey mrzOnly = key;
            mrzOnly.can.clear();
            s = pace(channel, mrzOnly, cardAccess, &refused);
        }
        if (s.isOk()) {
            if (Status sel = selectApplication(channel); !sel)
                return sel;
            return AccessProtocol::Pace;
        }
        if (!refused)
            return s;
        qCInfo(lcCardIo) << "PACE not available:" << s.details() << "- trying BAC";
    }
    if (!key.hasMrz())
        return ReadErrors::needsMrz();
    if (Status sel = selectApplication(channel); !sel)
        return sel;
    if (Status s = bac(channel, key); !s)
        return s;
    return AccessProtocol::Bac;
}

Status AccessControl::pace(SecureChannel& channel, const AccessKey& key, const QByteArray& cardAccess, bool* refused)
{
    *refused = true;
    auto infos = SecurityInfos::parse(cardAccess);
    if (!infos)
        return infos.status();
    const auto config = infos->choosePace();
    if (!config)
        return ReadErrors::unsupportedCard(QStringLiteral("no supported PACE configuration"));
    const bool useMrz = key.hasMrz() && !key.hasCan();
    const QByteArray passwordKey =
        useMrz ? KeyDerivation::paceKeyFromMrz(
                     KeyDerivation::mrzInformation(key.documentNumber, key.dateOfBirth, key.dateOfExpiry),
                     config->algorithm.cipher, config->algorithm.keyBits)
               : KeyDerivation::paceKeyFromCan(key.can, config->algorithm.cipher, config->algorithm.keyBits);
    auto protocol =
        PaceProtocol::create(PaceProtocol::Role::Terminal, config->algorithm, config->parameterId, passwordKey);
    if (!protocol)
        return protocol.status();
    PaceProtocol& pace = *protocol;

    auto mse = channel.send(
        MseSetAt::paceCommand(config->algorithm.oid, useMrz ? MseSetAt::Password::Mrz : MseSetAt::Password::Can,
                              config->sendParameterId ? std::optional<int>(config->parameterId) : std::nullopt));
    if (!mse) {
        *refused = false; // the card went away or the operator cancelled: nothing to fall back to
        return mse.status();
    }
    if (!mse->isSuccess())
        return ReadErrors::unsupportedCard(QStringLiteral("MSE:Set AT: ") + swText(mse->sw));

    *refused = false; // from here on a failure is the password or the card, not a missing protocol
    auto step = [&](quint8 tag, const QByteArray& value, bool last, quint8 answerTag) -> Result<QByteArray> {
        auto r = channel.send(generalAuthenticate(tag, value, last));
        if (!r)
            return r.status();
        if (isWrongPassword(r->sw))
            return ReadErrors::wrongKey(!useMrz);
        if (!r->isSuccess())
            return ReadErrors::unsupportedCard(QStringLiteral("GENERAL AUTHENTICATE: ") + swText(r->sw));
        return PaceProtocol::parseDynamicAuthenticationData(r->data, answerTag);
    };

    auto z = step(0, {}, false, 0x80);
    if (!z)
        return z.status();
    if (Status s = pace.decryptNonce(*z); !s)
        return s;
    auto mapping = pace.mappingPublicKey();
    if (!mapping)
        return mapping.status();
    auto chipMapping = step(0x81, *mapping, false, 0x82);
    if (!chipMapping)
        return chipMapping.status();
    if (Status s = pace.mapGenerator(*chipMapping); !s)
        return s;
    auto ephemeral = pace.ephemeralPublicKey();
    if (!ephemeral)
        return ephemeral.status();
    auto chipEphemeral = step(0x83, *ephemeral, false, 0x84);
    if (!chipEphemeral)
        return chipEphemeral.status();
    if (Status s = pace.agreeKeys(*chipEphemeral); !s)
        return s;
    auto chipToken = step(0x85, pace.authenticationToken(), true, 0x86);
    if (!chipToken)
        return chipToken.status();
    if (Status s = pace.verifyPeerToken(*chipToken); !s)
        return s;
    channel.setSession(pace.secureMessaging());
    return Status::ok();
}

Status AccessControl::bac(SecureChannel& channel, const AccessKey& key)
{
    channel.clearSession();
    CommandApdu challenge;
    challenge.ins = 0x84;
    challenge.le = 8;
    auto rnd = channel.send(challenge);
    if (!rnd)
        return rnd.status();
    if (!rnd->isSuccess() || rnd->data.size() != 8)
        return ReadErrors::unsupportedCard(QStringLiteral("GET CHALLENGE: ") + swText(rnd->sw));
    const auto keys = BacAuthentication::keysFromMrz(
        KeyDerivation::mrzInformation(key.documentNumber, key.dateOfBirth, key.dateOfExpiry));
    const QByteArray rndIfd = randomBytes(8);
    const QByteArray kIfd = randomBytes(16);
    CommandApdu external;
    external.ins = 0x82;
    external.data = BacAuthentication::terminalCommandData(keys, rnd->data, rndIfd, kIfd);
    external.le = 40;
    auto answer = channel.send(external);
    if (!answer)
        return answer.status();
    if (isWrongPassword(answer->sw) || answer->sw == 0x6982)
        return ReadErrors::wrongKey(false);
    if (!answer->isSuccess())
        return ReadErrors::unsupportedCard(QStringLiteral("EXTERNAL AUTHENTICATE: ") + swText(answer->sw));
    auto session = BacAuthentication::terminalCompletion(keys, rnd->data, rndIfd, kIfd, answer->data);
    if (!session)
        return session.status();
    channel.setSession(*session);
    return Status::ok();
}

} // namespace motcua::card
