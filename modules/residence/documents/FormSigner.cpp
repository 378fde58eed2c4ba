#include "FormSigner.h"

#include "Session.h"

#include "PdfSigner.h"

namespace motcua::residence::documents {

bool FormSigner::isSigned(ResidenceForm form)
{
    return form != ResidenceForm::CT01;
}

Result<QByteArray> FormSigner::sign(const Session& session, const QByteArray& pdf, ResidenceForm form,
                                    sign::SigningKey& key, const FormSignature& signature)
{
    if (!isSigned(form))
        return Status::failed(tr("Form %1 is the declarant's declaration and is not signed by the police unit.")
                                  .arg(ResidenceForms::code(form)));
    const bool intakePaper = form == ResidenceForm::CT04 || form == ResidenceForm::CT05;
    // The names of residence.json's permissions (this library sits below the module's core).
    if (Status s =
            session.require(intakePaper ? QStringLiteral("residence.intake") : QStringLiteral("residence.decide"));
        !s)
        return s;
    sign::SignRequest request;
    request.signingTime = signature.when.isValid() ? signature.when : QDateTime::currentDateTime();
    // The reason names the form and the unit, in the official wording whatever the interface language.
    request.reason = QStringLiteral("%1 — %2").arg(ResidenceForms::code(form), signature.unitName);
    request.location = signature.location;
    return sign::PdfSigner::sign(pdf, key, request);
}

} // namespace motcua::residence::documents
