#pragma once

#include "CadesBuilder.h"
#include "SigningKey.h"

#include <QDateTime>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace motcua::sign {

/// Where a visible signature goes: page (1-based) and rectangle in PDF points from the bottom-left corner.
struct VisibleSignature
{
    int page = 1;
    QRectF rect;
};

/// What to write into the signature besides the CMS: the claimed time (/M), reason, location, display name.
struct SignRequest
{
    QDateTime signingTime; ///< defaults to now
    QString reason;
    QString location;
    QString name; ///< shown name; defaults to the certificate's common name
    QString contactInfo;
    std::optional<VisibleSignature> visible;
    std::optional<SignatureScheme> scheme; ///< defaults to the key's usual scheme
    QStringList appearanceLines;           ///< replaces the default text of the visible box
    QString fontPath;                      ///< a file or Qt resource path; defaults to DejaVu Serif
};

/// Signs a PDF as PAdES (ETSI.CAdES.detached, SHA-256, signing-certificate-v2, no signingTime attribute, /M set) in
/// one incremental update, so earlier signatures stay valid. B-T when a timestamper is given.
class PdfSigner
{
public:
    static Result<QByteArray> sign(const QByteArray& pdf, SigningKey& key, const SignRequest& request,
                                   const Timestamper& timestamper = {});
    /// Reads `in`, signs, and replaces `out` atomically (temporary file + rename): never a half-written file.
    static Status signFile(const QString& in, const QString& out, SigningKey& key, const SignRequest& request,
                           const Timestamper& timestamper = {});
    /// The default lines of a visible signature box (translated).
    static QStringList defaultAppearance(const QString& signer, const QDateTime& when, const QString& reason,
                                         const QString& location);
};

/// A PDF date string "D:YYYYMMDDHHmmSS+HH'mm'".
QByteArray pdfDate(const QDateTime& t);

} // namespace motcua::sign
