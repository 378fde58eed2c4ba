#pragma once

#include "CitizenIdentity.h"
#include "TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace motcua::card {

/// Passive authentication (ICAO 9303-11 §5.1): the SOD's CMS signature with the document signer
/// certificate it carries, that certificate against the CSCA trust store (accepting exactly
/// OpenSSL's "explicit EC parameters" objection for trust anchors), and the hash of each data
/// group over its raw bytes as read.
class PassiveAuthenticator
{
public:
    struct Outcome
    {
        PassiveAuthenticationStatus status = PassiveAuthenticationStatus::NotChecked;
        QString documentSignerDn; ///< RFC 2253 subject of the document signer, when found
        QMap<int, DataGroupVerdict> dataGroups;
        QString details; ///< technical reason for a non-VALID status (no personal data)
    };

    explicit PassiveAuthenticator(const TrustStore& trustStore);
    /// Verification time for the certificate chain; the current time when unset.
    void setVerificationTime(const QDateTime& time) { m_time = time; }

    /// `sod` is EF.SOD as read (tag 77); `dataGroups` maps DG numbers to their raw bytes. Every
    /// given DG is compared; a DG the SOD has no hash for is INVALID. An empty SOD gives NOT_CHECKED.
    Outcome verify(const QByteArray& sod, const QMap<int, QByteArray>& dataGroups) const;

private:
    const TrustStore& m_trustStore;
    std::optional<QDateTime> m_time;
};

} // namespace motcua::card
