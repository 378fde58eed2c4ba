#pragma once

#include "AccessKey.h"
#include "CitizenIdentity.h"
#include "FileReader.h"
#include "Status.h"
#include "pcsc/ApduChannel.h"
#include "security/TrustStore.h"

#include <QString>

#include <atomic>
#include <functional>

namespace motcua::card {

struct ReadOptions
{
    AccessKey key;
    bool extendedLength = true;       ///< try extended-length APDUs (falls back by itself when refused)
    bool readPortrait = true;         ///< DG2
    bool activeAuthentication = true; ///< INTERNAL AUTHENTICATE when DG15 is present
    bool chipAuthentication = true;   ///< CA-ECDH when DG14 offers it
};

/// Reads a CCCD over any APDU channel: EF.CardAccess, access control (PACE, else BAC), EF.COM, DG1, DG2, DG13,
/// DG14, DG15, EF.SOD; then passive and active authentication. Produces a CitizenIdentity; stores nothing.
class CardReader
{
public:
    CardReader(ApduChannel& channel, const TrustStore& trustStore);

    void setProgress(FileReader::Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    Result<CitizenIdentity> read(const ReadOptions& options);

private:
    Result<QByteArray> readCardAccess(SecureChannel& channel, bool* extended);
    Result<std::optional<QByteArray>> readWithRetry(SecureChannel& channel, FileReader& files, quint16 fid,
                                                    const QString& name, const ReadOptions& options,
                                                    const QByteArray& cardAccess);
    Result<ChipCheckVerdict> activeAuthentication(SecureChannel& channel, const QByteArray& dg15,
                                                  const QByteArray& dg14);

    ApduChannel& m_channel;
    const TrustStore& m_trustStore;
    FileReader::Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace motcua::card
