#pragma once

#include "ResidenceForm.h"
#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua {
class Session;
}

namespace motcua::sign {
class SigningKey;
}

namespace motcua::residence::documents {

/// Who signs an outcome form: the police unit (its name is the signature's shown name and reason), where and when.
struct FormSignature
{
    QString unitName; ///< "Công an phường Ba Đình"
    QString location; ///< "Hà Nội"
    QDateTime when;   ///< the workstation clock's time
};

/// Signs a rendered residence form with the police unit's key (PAdES through app/sign, the API certification uses),
/// covering the whole document in one incremental update. Runs on any thread; the key must already be open (its
/// password or PIN asked on the GUI thread).
class FormSigner
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::documents::FormSigner)

public:
    /// CT03–CT08 are signed by the unit; CT01 is the declarant's own declaration and is not.
    static bool isSigned(ResidenceForm form);
    /// The operator needs residence.intake for the intake papers (CT04 receipt, CT05 completion request) and
    /// residence.decide for the decisions (CT03, CT06, CT07, CT08).
    static Result<QByteArray> sign(const Session& session, const QByteArray& pdf, ResidenceForm form,
                                   sign::SigningKey& key, const FormSignature& signature);
};

} // namespace motcua::residence::documents
