#pragma once

#include "ResidenceForm.h"
#include "ResidenceTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace motcua::residence {

class ResidenceDesk;

/// The printed forms of a case and the data each is filled with (the plain QVariantMap of FormRenderer).
/// Official text stays Vietnamese whatever the interface language.
class CaseForms
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::CaseForms)

public:
    /// The forms that exist for the case in its state: CT01 and CT04 always, CT05 after a completion request,
    /// CT06 when refused, CT03/CT07/CT08 once approved (by procedure).
    static QList<documents::ResidenceForm> available(const CaseRecord& record);
    static QVariantMap fields(documents::ResidenceForm form, const CaseRecord& record, const ResidenceDesk& desk,
                              const QString& officerName);
    /// "20.000 đ", "Miễn phí" for 0.
    static QString money(int vnd);
    static QString sexText(const QString& sex);
};

} // namespace motcua::residence
