#include "ResidenceForm.h"

namespace motcua::residence::documents {

namespace {
// Keys every form may use: the issuing police unit and the date line of the heading.
const QStringList kCommon = {QStringLiteral("agency_parent"), QStringLiteral("agency"), QStringLiteral("place_date")};
} // namespace

QList<ResidenceForm> ResidenceForms::all()
{
    return {ResidenceForm::CT01, ResidenceForm::CT03, ResidenceForm::CT04, ResidenceForm::CT05,
            ResidenceForm::CT06, ResidenceForm::CT07, ResidenceForm::CT08};
}

QString ResidenceForms::code(ResidenceForm form)
{
    switch (form) {
    case ResidenceForm::CT01:
        return QStringLiteral("CT01");
    case ResidenceForm::CT03:
        return QStringLiteral("CT03");
    case ResidenceForm::CT04:
        return QStringLiteral("CT04");
    case ResidenceForm::CT05:
        return QStringLiteral("CT05");
    case ResidenceForm::CT06:
        return QStringLiteral("CT06");
    case ResidenceForm::CT07:
        return QStringLiteral("CT07");
    case ResidenceForm::CT08:
        return QStringLiteral("CT08");
    }
    return {};
}

QString ResidenceForms::displayName(ResidenceForm form)
{
    switch (form) {
    case ResidenceForm::CT01:
        return tr("CT01 – Declaration of change of residence information");
    case ResidenceForm::CT03:
        return tr("CT03 – Temporary absence declaration");
    case ResidenceForm::CT04:
        return tr("CT04 – Receipt and appointment");
    case ResidenceForm::CT05:
        return tr("CT05 – Request to complete the file");
    case ResidenceForm::CT06:
        return tr("CT06 – Refusal");
    case ResidenceForm::CT07:
        return tr("CT07 – Confirmation of residence information");
    case ResidenceForm::CT08:
        return tr("CT08 – Notice of the result");
    }
    return {};
}

QString ResidenceForms::templateFile(ResidenceForm form)
{
    return code(form).toLower() + QStringLiteral(".html");
}

QStringList ResidenceForms::fieldKeys(ResidenceForm form)
{
    QStringList keys = kCommon;
    switch (form) {
    case ResidenceForm::CT01:
        keys = QStringList{QStringLiteral("addressee"),
                           QStringLiteral("full_name"),
                           QStringLiteral("date_of_birth"),
                           QStringLiteral("sex"),
                           QStringLiteral("id_number"),
                           QStringLiteral("phone"),
                           QStringLiteral("email"),
                           QStringLiteral("head_name"),
                           QStringLiteral("relationship_to_head"),
                           QStringLiteral("head_id_number"),
                           QStringLiteral("request_content"),
                           QStringLiteral("members"),
                           QStringLiteral("consent_vneid_name"),
                           QStringLiteral("consent_vneid_id"),
                           QStringLiteral("place_date")};
        break;
    case ResidenceForm::CT03:
        keys << QStringList{QStringLiteral("document_number"), QStringLiteral("full_name"),
                            QStringLiteral("date_of_birth"),   QStringLiteral("sex"),
                            QStringLiteral("id_number"),       QStringLiteral("residence_address"),
                            QStringLiteral("absence_from"),    QStringLiteral("absence_to"),
                            QStringLiteral("reason"),          QStringLiteral("destination"),
                            QStringLiteral("officer_name")};
        break;
    case ResidenceForm::CT04:
        keys << QStringList{
            QStringLiteral("case_number"), QStringLiteral("procedure_name"), QStringLiteral("full_name"),
            QStringLiteral("id_number"),   QStringLiteral("phone"),          QStringLiteral("address"),
            QStringLiteral("received_at"), QStringLiteral("documents"),      QStringLiteral("appointment"),
            QStringLiteral("fee"),         QStringLiteral("channel"),        QStringLiteral("officer_name")};
        break;
    case ResidenceForm::CT05:
        keys << QStringList{QStringLiteral("case_number"), QStringLiteral("procedure_name"),
                            QStringLiteral("full_name"),   QStringLiteral("id_number"),
                            QStringLiteral("received_at"), QStringLiteral("requirements"),
                            QStringLiteral("officer_name")};
        break;
    case ResidenceForm::CT06:
        keys << QStringList{QStringLiteral("case_number"), QStringLiteral("procedure_name"),
                            QStringLiteral("full_name"),   QStringLiteral("id_number"),
                            QStringLiteral("received_at"), QStringLiteral("reasons"),
                            QStringLiteral("officer_name")};
        break;
    case ResidenceForm::CT07:
        keys << QStringList{QStringLiteral("document_number"),   QStringLiteral("full_name"),
                            QStringLiteral("date_of_birth"),     QStringLiteral("sex"),
                            QStringLiteral("id_number"),         QStringLiteral("permanent_address"),
                            QStringLiteral("temporary_address"), QStringLiteral("current_address"),
                            QStringLiteral("head_name"),         QStringLiteral("relationship_to_head"),
                            QStringLiteral("members"),           QStringLiteral("valid_until"),
                            QStringLiteral("officer_name")};
        break;
    case ResidenceForm::CT08:
        keys << QStringList{QStringLiteral("document_number"), QStringLiteral("case_number"),
                            QStringLiteral("procedure_name"),  QStringLiteral("full_name"),
                            QStringLiteral("id_number"),       QStringLiteral("result"),
                            QStringLiteral("effective_date"),  QStringLiteral("officer_name")};
        break;
    }
    return keys;
}

bool ResidenceForms::fromCode(const QString& code, ResidenceForm* form)
{
    for (ResidenceForm f : all())
        if (ResidenceForms::code(f).compare(code, Qt::CaseInsensitive) == 0) {
            if (form)
                *form = f;
            return true;
        }
    return false;
}

} // namespace motcua::residence::documents
