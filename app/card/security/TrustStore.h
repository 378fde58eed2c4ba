#pragma once

#include "Status.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace motcua::card {

/// The CSCA certificates trusted for passive authentication: PEM/DER files, folders of them and
/// ICAO master lists (.ml). Holds DER bytes; OpenSSL stores are built on demand.
class TrustStore
{
public:
    /// A file (PEM, DER or master list, recognised by content) or a folder (every file in it,
    /// not recursive; unreadable files are skipped and reported in the returned status details).
    Status addPath(const QString& path);
    Status addFile(const QString& path);
    Status addDirectory(const QString& path);
    /// Certificates from PEM or DER bytes (several PEM blocks allowed).
    Status addCertificates(const QByteArray& pemOrDer);
    /// The certificates of a master list; its signature is checked against its own signer
    /// certificate (structure and integrity, not the signer's chain).
    Status addMasterList(const QByteArray& der);

    int count() const { return int(m_certificates.size()); }
    bool isEmpty() const { return m_certificates.isEmpty(); }
    const QList<QByteArray>& certificates() const { return m_certificates; }
    bool contains(const QByteArray& certificateDer) const { return m_set.contains(certificateDer); }
    /// SHA-256 fingerprints (lower-case hex) of all certificates.
    QList<QString> fingerprints() const;

private:
    void add(const QByteArray& der);

    QList<QByteArray> m_certificates;
    QSet<QByteArray> m_set;
};

} // namespace motcua::card
