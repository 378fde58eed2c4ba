#include "TrustStore.h"

#include "CardErrors.h"
#include "MasterList.h"
#include "crypto/OpenSslHandles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace motcua::card {

namespace {

Status unreadable(const QString& path)
{
    return malformedData(CardTr::tr("The trust anchor file %1 cannot be read or holds no certificate.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("trust store"));
}

QByteArray toDer(X509* certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto* p = reinterpret_cast<uchar*>(der.data());
    i2d_X509(certificate, &p);
    return der;
}

} // namespace

void TrustStore::add(const QByteArray& der)
{
    if (der.isEmpty() || m_set.contains(der))
        return;
    m_set.insert(der);
    m_certificates.append(der);
}

Status TrustStore::addCertificates(const QByteArray& pemOrDer)
{
    int added = 0;
    if (pemOrDer.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(pemOrDer.constData(), int(pemOrDer.size())));
        while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            X509Ptr certificate(raw);
            add(toDer(certificate.get()));
            ++added;
        }
        ERR_clear_error(); // the loop ends on an expected "no start line"
    } else {
        const auto* p = reinterpret_cast<const uchar*>(pemOrDer.constData());
        X509Ptr certificate(d2i_X509(nullptr, &p, long(pemOrDer.size())));
        if (certificate) {
            add(toDer(certificate.get()));
            ++added;
        }
    }
    if (added == 0)
        return malformedData(CardTr::tr("The file holds no certificate in PEM or DER form."),
                             QStringLiteral("trust store: no certificate"));
    return Status::ok();
}

Status TrustStore::addMasterList(const QByteArray& der)
{
    auto certificates = MasterList::parse(der);
    if (!certificates)
        return certificates.status();
    for (const QByteArray& c : *certificates)
        add(c);
    return Status::ok();
}

Status TrustStore::addFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path);
    const QByteArray bytes = file.readAll();
    const Status status = MasterList::looksLikeMasterList(bytes) ? addMasterList(bytes) : addCertificates(bytes);
    if (!status && status.code() == Status::Code::InputRejected)
        return Status(status.code(),
                      CardTr::tr("The trust anchor file %1 cannot be used: %2")
                          .arg(QDir::toNativeSeparators(path), status.message()),
                      status.details());
    return status;
}

Status TrustStore::addDirectory(const QString& path)
{
    QDir dir(path);
    if (!dir.exists())
        return unreadable(path);
    int used = 0;
    QStringList skipped;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name)) {
        if (info.suffix() == QLatin1String("md") || info.suffix() == QLatin1String("txt"))
            continue;
        if (addFile(info.filePath()))
            ++used;
        else
            skipped.append(info.fileName());
    }
    if (used == 0)
        return unreadable(path);
    return skipped.isEmpty()
               ? Status::ok()
               : Status(Status::Code::Ok, {}, QStringLiteral("skipped: ") + skipped.join(QLatin1String(", ")));
}

Status TrustStore::addPath(const QString& path)
{
    return QFileInfo(path).isDir() ? addDirectory(path) : addFile(path);
}

QList<QString> TrustStore::fingerprints() const
{
    QList<QString> result;
    for (const QByteArray& der : m_certificates)
        result.append(QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    return result;
}

} // namespace motcua::card
