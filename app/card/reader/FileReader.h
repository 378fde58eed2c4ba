#pragma once

#include "SecureChannel.h"
#include "Status.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace motcua::card {

/// Reads whole elementary files with as few APDUs as the card and reader allow: extended-length READ BINARY when
/// both accept it, else the largest short Le that works (falling back on 6700/6Cxx); the short EF identifier form
/// first, SELECT otherwise; odd-INS READ BINARY (B1) for offsets from 32 768.
class FileReader
{
public:
    using Progress = std::function<void(const QString& file, qint64 done, qint64 total)>;

    FileReader(SecureChannel& channel, bool extendedLength);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// The file's full content; nullopt when the card does not have it (6A82) or refuses it (6982).
    Result<std::optional<QByteArray>> readFile(quint16 fid, const QString& name);
    /// The currently selected file (plain, before access control): used for EF.CardAccess.
    Result<QByteArray> readSelected(const QString& name);

    bool extendedLength() const { return m_extended; }
    /// Set after a read failed because the card ended secure messaging; the caller re-opens access and retries.
    bool needsNewSession() const { return m_needsNewSession; }

    /// The largest plain Le whose protected answer fits a short response with AES (223 + padding = 224 in DO87,
    /// with DO99 and DO8E 242 bytes); 3DES would allow 231 but 223 costs a 15 KB portrait only two more APDUs.
    static constexpr int ShortSecureLe = 223;

private:
    enum class Outcome
    {
        Data,
        Absent,
        Refused
    };
    Result<QByteArray> readChunk(qint64 offset, qint64 wanted, std::optional<quint8> sfi, Outcome* outcome);
    Result<QByteArray> readRest(QByteArray first, const QString& name);

    SecureChannel& m_channel;
    bool m_extended;
    bool m_useSfi = true;
    bool m_needsNewSession = false;
    int m_shortLe = ShortSecureLe;
    Progress m_progress;
};

} // namespace motcua::card
