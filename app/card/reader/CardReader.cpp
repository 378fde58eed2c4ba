#include "CardReader.h"

#include "AccessControl.h"
#include "ChipAuthentication.h"
#include "ReadErrors.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/Dg14.h"
#include "lds/Dg15.h"
#include "lds/Dg2.h"
#include "lds/EfCom.h"
#include "lds/LdsFiles.h"
#include "pcsc/PcscError.h"
#include "security/ActiveAuthenticator.h"
#include "security/PassiveAuthenticator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace motcua::card {

namespace {

QString fileName(int dg)
{
    return QStringLiteral("DG%1").arg(dg);
}

QByteArray randomChallenge()
{
    QByteArray out(8, '\0');
    for (char& c : out)
        c = char(QRandomGenerator::system()->bounded(256));
    return out;
}

} // namespace

CardReader::CardReader(ApduChannel& channel, const TrustStore& trustStore)
    : m_channel(channel), m_trustStore(trustStore)
{}

Result<QByteArray> CardReader::readCardAccess(SecureChannel& channel, bool* extended)
{
    // Select EF.CardAccess by its FID straight away: the CCCD answers 6D00 to selecting the MF.
    CommandApdu select;
    select.ins = 0xA4;
    select.p1 = 0x02;
    select.p2 = 0x0C;
    select.data = QByteArray::fromHex("011C");
    auto r = channel.send(select);
    if (!r)
        return r.status();
    if (!r->isSuccess())
        return QByteArray(); // no PACE on this card
    FileReader reader(channel, *extended);
    reader.setProgress(m_progress);
    auto content = reader.readSelected(QStringLiteral("EF.CardAccess"));
    *extended = reader.extendedLength(); // a plain read is a free probe of extended-length support
    return content;
}

Result<std::optional<QByteArray>> CardReader::readWithRetry(SecureChannel& channel, FileReader& files, quint16 fid,
                                                            const QString& name, const ReadOptions& options,
                                                            const QByteArray& cardAccess)
{
    auto content = files.readFile(fid, name);
    if (content || !files.needsNewSession())
        return content;
    // The card dropped secure messaging (typically: it refused an extended APDU). Open a new session and retry.
    qCInfo(lcCardIo) << "re-opening secure messaging; extended length" << files.extendedLength();
    auto access = AccessControl::establish(channel, options.key, cardAccess);
    if (!access)
        return access.status();
    return files.readFile(fid, name);
}

Result<CitizenIdentity> CardReader::read(const ReadOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    const ApduStats before = m_channel.stats();
    if (options.key.isEmpty())
        return Status(Status::Code::Usage, CardTr::tr("Enter the CAN or the MRZ data to read the card."));

    SecureChannel channel(m_channel);
    channel.setCancelFlag(m_cancel);
    bool extended = options.extendedLength && m_channel.supportsExtendedLength();
    auto cardAccess = readCardAccess(channel, &extended);
    if (!cardAccess)
        return cardAccess.status();

    CitizenIdentity identity;
    auto access = AccessControl::establish(channel, options.key, *cardAccess);
    if (!access)
        return access.status();
    identity.security.access = *access;

    FileReader files(channel, extended);
    files.setProgress(m_progress);
    auto com = readWithRetry(channel, files, LdsFiles::Com, QStringLiteral("EF.COM"), options, *cardAccess);
    if (!com)
        return com.status();
    QList<int> present = {1, 2, 13, 14, 15};
    if (com->has_value()) {
        auto parsed = EfCom::parse(**com);
        if (!parsed)
            return parsed.status();
        present.erase(std::remove_if(present.begin(), present.end(),
                                     [&](int dg) { return dg != 1 && !parsed->dataGroups.contains(dg); }),
                      present.end());
    }
    if (!options.readPortrait)
        present.removeAll(2);

    // DG14 first: chip authentication, when it offers it, protects the rest of the read with fresh keys.
    if (present.removeAll(14) > 0)
        present.prepend(14);
    QMap<int, QByteArray> raw;
    for (int dg : present) {
        auto content = readWithRetry(channel, files, LdsFiles::dataGroupFid(dg), fileName(dg), options, *cardAccess);
        if (!content)
            return content.status();
        if (content->has_value())
            raw[dg] = **content;
        if (dg == 14 && content->has_value() && options.chipAuthentication) {
            auto infos = Dg14::parse(**content);
            if (!infos)
                return infos.status();
            auto verdict = ChipAuthentication::perform(channel, *infos);
            if (!verdict)
                return verdict.status();
            identity.security.chipAuthentication = *verdict;
            if (*verdict == ChipCheckVerdict::Invalid) {
                // Keep reading under the access-control keys so the operator sees what the card claims.
                auto again = AccessControl::establish(channel, options.key, *cardAccess);
                if (!again)
                    return again.status();
            }
        }
    }
    auto sod = readWithRetry(channel, files, LdsFiles::Sod, QStringLiteral("EF.SOD"), options, *cardAccess);
    if (!sod)
        return sod.status();

    if (!raw.contains(1) || !raw.contains(13))
        return ReadErrors::unsupportedCard(QStringLiteral("DG1 or DG13 missing"));
    auto mrz = Dg1::parse(raw[1]);
    if (!mrz)
        return mrz.status();
    identity.mrz = *mrz;
    auto holder = Dg13::parse(raw[13]);
    if (!holder)
        return holder.status();
    identity.holder = *holder;
    if (raw.contains(2)) {
        auto portrait = Dg2::parse(raw[2]);
        if (!portrait)
            return portrait.status();
        identity.portrait = *portrait;
    }

    // Active authentication before passive: it needs the session, PA does not.
    if (options.activeAuthentication && raw.contains(15)) {
        auto verdict = activeAuthentication(channel, raw[15], raw.value(14));
        if (!verdict)
            return verdict.status();
        identity.security.activeAuthentication = *verdict;
    } else
        identity.security.activeAuthentication = ChipCheckVerdict::NotSupported;

    PassiveAuthenticator pa(m_trustStore);
    const auto outcome = pa.verify(sod->value_or(QByteArray()), raw);
    identity.security.passiveAuthentication = outcome.status;
    identity.security.documentSignerDn = outcome.documentSignerDn;
    identity.security.dataGroups = outcome.dataGroups;
    if (!outcome.details.isEmpty())
        qCInfo(lcCardIo) << "passive authentication:" << outcome.details;

    const ApduStats& after = m_channel.stats();
    identity.stats.apdus = after.apdus - before.apdus;
    identity.stats.bytesSent = after.bytesSent - before.bytesSent;
    identity.stats.bytesReceived = after.bytesReceived - before.bytesReceived;
    identity.stats.milliseconds = timer.elapsed();
    identity.source = CitizenIdentity::Source::Chip;
    return identity;
}

Result<ChipCheckVerdict> CardReader::activeAuthentication(SecureChannel& channel, const QByteArray& dg15,
                                                          const QByteArray& dg14)
{
    auto key = Dg15::parse(dg15);
    if (!key)
        return ChipCheckVerdict::Invalid;
    QString algorithm;
    if (!dg14.isEmpty()) {
        auto infos = Dg14::parse(dg14);
        if (infos && !infos->activeAuthentication.isEmpty())
            algorithm = infos->activeAuthentication.first().signatureAlgorithm;
    }
    const QByteArray challenge = randomChallenge();
    CommandApdu internal;
    internal.ins = 0x88;
    internal.data = challenge;
    internal.le = key->keyBits > 1024 && key->keyType == Dg15::KeyType::Rsa ? 65536 : 256;
    internal.forceExtended = internal.le > 256;
    auto r = channel.send(internal);
    if (!r)
        return r.status(); // the card went away: not a verdict
    if (!r->isSuccess())
        return ChipCheckVerdict::Invalid; // a chip that holds a DG15 key must be able to prove it
    return ActiveAuthenticator::verify(key->subjectPublicKeyInfo, challenge, r->data, algorithm);
}

} // namespace motcua::card
