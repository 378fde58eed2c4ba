#include "ChipAuthentication.h"

#include "crypto/ChipAuthenticationAgreement.h"
#include "pcsc/PcscError.h"

namespace motcua::card {

Result<ChipCheckVerdict> ChipAuthentication::perform(SecureChannel& channel, const SecurityInfos& dg14)
{
    const ChipAuthenticationInfo* info = nullptr;
    for (const ChipAuthenticationInfo& candidate : dg14.chipAuthentication) {
        if (ChipAuthenticationAgreement::Algorithm::fromOid(candidate.protocol)) {
            info = &candidate;
            break;
        }
    }
    const ChipAuthenticationPublicKeyInfo* keyInfo = nullptr;
    for (const ChipAuthenticationPublicKeyInfo& candidate : dg14.chipAuthenticationPublicKeys)
        if (info && (!info->keyId || candidate.keyId == info->keyId))
            keyInfo = &candidate;
    if (!info || !keyInfo)
        return ChipCheckVerdict::NotSupported;
    auto agreement = ChipAuthenticationAgreement::create(info->protocol, keyInfo->subjectPublicKeyInfo);
    if (!agreement)
        return ChipCheckVerdict::NotSupported;
    auto session = agreement->session();
    if (!session)
        return ChipCheckVerdict::Invalid; // the chip's key does not agree with ours (not a point on its curve)

    auto r = channel.send(agreement->mseSetAtCommand(keyInfo->keyId));
    if (!r)
        return r.status();
    if (!r->isSuccess()) {
        qCInfo(lcCardIo) << "chip authentication refused by MSE:Set AT" << Qt::hex << r->sw;
        return channel.isSecured() ? ChipCheckVerdict::NotSupported : ChipCheckVerdict::Invalid;
    }
    r = channel.send(agreement->generalAuthenticateCommand());
    if (!r)
        return r.status();
    if (!r->isSuccess() || channel.sessionLost())
        return ChipCheckVerdict::Invalid;

    channel.setSession(std::move(*session));
    // Proof: the first answer under the new keys must carry a valid MAC (only the chip's private key gives them).
    CommandApdu probe;
    probe.ins = 0xB0;
    probe.p1 = 0x80 | 0x1E; // EF.COM by short identifier, one byte
    probe.le = 1;
    r = channel.send(probe);
    if (!r) {
        if (r.status().code() != Status::Code::SecurityCheckFailed)
            return r.status();
        channel.clearSession();
        return ChipCheckVerdict::Invalid;
    }
    if (channel.sessionLost() || !r->isSuccess()) {
        channel.clearSession();
        return ChipCheckVerdict::Invalid;
    }
    return ChipCheckVerdict::Valid;
}

} // namespace motcua::card
