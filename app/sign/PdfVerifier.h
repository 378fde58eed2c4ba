#pragma once

#include "OpenSslPtr.h"
#include "SignatureReport.h"
#include "Status.h"

#include <QList>

#include <vector>

namespace motcua::sign {

/// Finds every signature in a PDF and checks it: integrity over its byte range, signer chain against the given
/// trust anchors, PAdES level, time-stamp, and whether later revisions were appended after it.
class PdfVerifier
{
public:
    explicit PdfVerifier(std::vector<X509*> trustAnchors = {}) : m_anchors(std::move(trustAnchors)) {}

    /// Reports in file order. Empty, non-PDF, encrypted-and-unreadable or damaged files without any readable
    /// signature are refused (code 8); a PDF without signatures gives an empty list.
    Result<QList<SignatureReport>> verify(const QByteArray& pdf) const;
    Result<QList<SignatureReport>> verifyFile(const QString& path) const;

private:
    std::vector<X509*> m_anchors;
};

/// A PDF date "D:YYYYMMDDHHmmSS+HH'mm'" (later parts optional) as a QDateTime with its offset.
QDateTime parsePdfDate(const QByteArray& s);

} // namespace motcua::sign
