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

    /// The largest plain Le that fits a short protected response (data padded to the block, DO87/DO99/DO8E).
    static constexpr int ShortSecureLe = 231;

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
