#pragma once

#include "Status.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace motcua::card {

/// EF.SOD: 77 { CMS SignedData } whose eContent (type 2.23.136.1.1.1) is the LDSSecurityObject:
/// the hash algorithm and the hash of every data group. Only structure is checked here; the
/// signature and the hashes are verified by PassiveAuthenticator.
struct SecurityObject
{
    static constexpr const char* LdsSecurityObjectOid = "2.23.136.1.1.1";

    QByteArray cms; ///< the DER ContentInfo inside tag 77
    QString eContentType;
    QByteArray eContent; ///< DER LDSSecurityObject
    int version = 0;
    QString hashAlgorithm; ///< OID, e.g. 2.16.840.1.101.3.4.2.1
    QMap<int, QByteArray> dataGroupHashes;

    /// The OpenSSL digest name of hashAlgorithm ("SHA256"), empty when unsupported.
    QString digestName() const;

    static Result<SecurityObject> parse(const QByteArray& raw);
    /// Parses an LDSSecurityObject alone (the CMS eContent).
    static Status parseLdsSecurityObject(const QByteArray& der, SecurityObject& into);
    /// DER LDSSecurityObject for the given hashes (simulator and tests).
    static QByteArray encodeLdsSecurityObject(const QString& hashAlgorithmOid, const QMap<int, QByteArray>& hashes);
};

} // namespace motcua::card
