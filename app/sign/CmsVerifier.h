#pragma once

#include "OpenSslPtr.h"
#include "SignatureReport.h"

#include <QByteArray>
#include <QDateTime>

#include <vector>

namespace motcua::sign {

/// What a detached CMS signature says about some content: integrity, signer, chain, attributes, time-stamp.
struct CmsCheck
{
    bool parsed = false;
    bool intact = false;  ///< digest and signature value verify
    bool trusted = false; ///< the signer chains to an anchor (at the time-stamp's time, else at the claimed time)
    bool hasSigningCertificateV2 = false;
    bool hasSigningTimeAttribute = false;
    QString signer;
    QString signerSubject;
    std::optional<TimestampReport> timestamp;
    QString problem;
};

/// Checks CAdES/PKCS#7 detached signatures with OpenSSL's CMS API (reading is fine; only *writing* with it adds a
/// signingTime attribute).
class CmsVerifier
{
public:
    explicit CmsVerifier(const std::vector<X509*>& trustAnchors) : m_anchors(trustAnchors) {}

    CmsCheck verify(const QByteArray& cmsDer, const QByteArray& content, const QDateTime& claimedTime) const;

    /// Loads PEM or DER certificates (several per PEM file) for use as anchors.
    static std::vector<X509Ptr> loadCertificates(const QString& path);

private:
    bool chainTrusted(X509* cert, STACK_OF(X509) * untrusted, const QDateTime& at) const;
    std::optional<TimestampReport> checkTimestamp(CMS_SignerInfo* si) const;

    std::vector<X509*> m_anchors;
};

} // namespace motcua::sign
