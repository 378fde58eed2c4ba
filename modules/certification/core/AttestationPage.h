#pragma once

#include "Status.h"

#include <QByteArray>
#include <QRectF>
#include <QStringList>

namespace motcua::certification {

/// The certification page appended after the copy: national heading, the filled attestation, a QR code with the
/// verification reference, and two empty boxes where the officer's and the agency's visible signatures go.
struct AttestationPage
{
    QByteArray pdf;    ///< a one-page A4 PDF
    QRectF officerBox; ///< PDF points, bottom-left origin
    QRectF agencyBox;

    static constexpr double kWidth = 595.28;
    static constexpr double kHeight = 841.89;

    /// `lines` from AttestationTemplate::render; `qrText` is the verification reference.
    static Result<AttestationPage> build(const QStringList& lines, const QByteArray& qrText, const QString& caption);
};

} // namespace motcua::certification
