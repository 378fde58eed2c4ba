#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua::sign {

/// The verdict on one signature (and on its time-stamp), as the CLI contract names them.
enum class SignatureStatus
{
    Valid,     ///< the signed bytes are intact and the signer chains to a trust anchor
    Invalid,   ///< the signed bytes or the signature value do not verify
    Untrusted, ///< intact, but the signer's certificate does not chain to a trust anchor
};

struct TimestampReport
{
    QDateTime time;
    SignatureStatus status = SignatureStatus::Invalid;
};

/// What the verifier found out about one signature of a PDF.
struct SignatureReport
{
    QString signer;        ///< the signing certificate's common name
    QString signerSubject; ///< full subject DN, for the details expander
    QDateTime signingTime; ///< the claimed time (/M), with its offset
    SignatureStatus status = SignatureStatus::Invalid;
    bool coversWholeDocument = false;
    QString level = QStringLiteral("NONE"); ///< B-B, B-T, B-LT, B-LTA or NONE
    std::optional<TimestampReport> timestamp;
    QString subFilter;
    QString reason;
    QString location;
    qint64 signedRevisionEnd = 0; ///< bytes the signature covers (end of its revision)
    QString problem;              ///< translated sentence on why it is not VALID; empty when it is

    QJsonObject toJson() const;
};

QString statusName(SignatureStatus s);
/// Plain-language verdict for screens: "Valid signature", "Document changed after signing", …
QString statusText(SignatureStatus s);

} // namespace motcua::sign
