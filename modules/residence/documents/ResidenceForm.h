#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::residence::documents {

/// The printed forms of residence procedures (Circular 56/2021/TT-BCA as amended by 66/2023; CT01 by 53/2025).
enum class ResidenceForm
{
    CT01, ///< declaration of change of residence information (filled by the declarant, 2025 version)
    CT03, ///< temporary-absence declaration
    CT04, ///< receipt with appointment date and a QR code of the case number
    CT05, ///< request to complete the file
    CT06, ///< refusal with reasons
    CT07, ///< confirmation of residence information (valid one year)
    CT08, ///< notice of the result
};

/// Names, template files and the field keys of each form. The keys are those of the QVariantMap a form is filled
/// from (see FormRenderer); list-valued keys hold QVariantMaps, one per table row.
class ResidenceForms
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::documents::ResidenceForms)

public:
    static QList<ResidenceForm> all();
    /// "CT04".
    static QString code(ResidenceForm form);
    /// The form's translated name for the interface ("Receipt and appointment").
    static QString displayName(ResidenceForm form);
    /// The template's resource name without folder ("ct04.html").
    static QString templateFile(ResidenceForm form);
    /// The keys the form's template uses (for tests and for callers assembling the data).
    static QStringList fieldKeys(ResidenceForm form);
    /// "ct04" → CT04; false when unknown.
    static bool fromCode(const QString& code, ResidenceForm* form);
};

} // namespace motcua::residence::documents
