#include "FormSigner.h"

#include "PdfSigner.h"

namespace motcua::residence::documents {

bool FormSigner::isSigned(ResidenceForm form)
{
    return form != ResidenceForm::CT01;
}

Result<QByteArray> FormSigner::sign(const QByteArray& pdf, ResidenceForm form, sign::SigningKey& key,
                                    const FormSignature& signature)
{
    if (!isSigned(form))
        return Status::failed(tr("Form %1 is the declarant's declaration and is not signed by the police unit.")
                                  .arg(ResidenceForms::code(form)));
    sign::SignRequest request;
    request.signingTime = signature.when.isValid() ? signature.when : QDateTime::currentDateTime();
    // The reason names the form and the unit, in the official wording whatever the interface language.
    request.reason = QStringLiteral("%1 — %2").arg(ResidenceForms::code(form), signature.unitName);
    request.location = signature.location;
    return sign::PdfSigner::sign(pdf, key, request);
}

} // namespace motcua::residence::documents
