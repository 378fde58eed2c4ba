#pragma once

#include "ResidenceTypes.h"

#include <QCoreApplication>

#include <optional>

namespace motcua::residence {

/// One legal ground for deleting a permanent or temporary residence registration (Law on Residence 68/2020/QH14,
/// art. 24(1) for permanent residence, art. 29(1) for temporary residence).
struct DeletionGround
{
    QString key; // stable code stored with the case, e.g. "tt.absent"
    Procedure procedure = Procedure::TemporaryDeletion;
    QString point;      // the point of the article: "a", "b", "c", "d", "đ", "e", "g", "h", "i"
    QString official;   // Vietnamese wording printed on the forms, whatever the interface language
    QString legalBasis; // "điểm c khoản 1 Điều 29 Luật Cư trú năm 2020"
};

/// The code list of deletion grounds, chosen at intake and printed on the result (CT08).
class DeletionGrounds
{
    Q_DECLARE_TR_FUNCTIONS(motcua::residence::DeletionGrounds)

public:
    /// The grounds of a deletion procedure in the order of the law (empty for other procedures).
    static QList<DeletionGround> of(Procedure procedure);
    /// The ground with that key for that procedure; nullopt when unknown or of the other procedure.
    static std::optional<DeletionGround> find(Procedure procedure, const QString& key);
    /// Translated name for lists ("Absent for 6 months or more without registering elsewhere").
    static QString displayName(const QString& key);
    /// "Ground (legal basis)" in the official wording, for the registry record and the forms.
    static QString officialText(const DeletionGround& ground);
    static bool isDeletion(Procedure p)
    {
        return p == Procedure::PermanentDeletion || p == Procedure::TemporaryDeletion;
    }
};

} // namespace motcua::residence
