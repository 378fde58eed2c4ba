#pragma once

#include "Status.h"

#include <QByteArray>
#include <QUrl>

namespace motcua::sign {

/// RFC 3161 client: asks a time-stamp authority over HTTP(S) for a token over some data (SHA-256 imprint).
/// Blocks the calling thread with a local event loop — call it from a worker, never the GUI thread.
class TimestampClient
{
public:
    explicit TimestampClient(QUrl url, int timeoutMs = 20000) : m_url(std::move(url)), m_timeoutMs(timeoutMs) {}

    /// The TimeStampToken (DER ContentInfo) whose imprint is SHA-256(`data`), checked against our request.
    Result<QByteArray> timestamp(const QByteArray& data) const;

    /// The token out of a DER TimeStampResp, checked for status, imprint and nonce.
    static Result<QByteArray> tokenFromResponse(const QByteArray& response, const QByteArray& digest,
                                                const QByteArray& nonce);

private:
    QUrl m_url;
    int m_timeoutMs;
};

} // namespace motcua::sign
