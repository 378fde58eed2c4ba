#include "CaseForms.h"

#include "Clock.h"
#include "DeletionGrounds.h"
#include "ResidenceDesk.h"

#include <QLocale>

namespace motcua::residence {

using documents::ResidenceForm;

namespace {

QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QVariantList asList(const QStringList& items)
{
    QVariantList out;
    for (const QString& s : items)
        out << s;
    return out;
}

// Official wording of the procedures and channels on the forms: Vietnamese whatever the interface language.
QString officialName(Procedure p)
{
    switch (p) {
    case Procedure::PermanentRegistration:
        return QStringLiteral("Đăng ký thường trú");
    case Procedure::PermanentDeletion:
        return QStringLiteral("Xóa đăng ký thường trú");
    case Procedure::HouseholdSplit:
        return QStringLiteral("Tách hộ");
    case Procedure::Correction:
        return QStringLiteral("Điều chỉnh thông tin về cư trú");
    case Procedure::TemporaryRegistration:
        return QStringLiteral("Đăng ký tạm trú");
    case Procedure::TemporaryExtension:
        return QStringLiteral("Gia hạn tạm trú");
    case Procedure::TemporaryDeletion:
        return QStringLiteral("Xóa đăng ký tạm trú");
    case Procedure::TemporaryAbsence:
        return QStringLiteral("Khai báo tạm vắng");
    case Procedure::Confirmation:
        return QStringLiteral("Xác nhận thông tin về cư trú");
    case Procedure::Declaration:
        return QStringLiteral("Khai báo thông tin về cư trú");
    }
    return {};
}

QString officialChannel(Channel c)
{
    return c == Channel::Online ? QStringLiteral("Trực tuyến") : QStringLiteral("Trực tiếp");
}

bool approved(const CaseRecord& r)
{
    return r.summary.state == CaseState::Approved ||
           (r.summary.state == CaseState::ResultReturned && r.refusalReasons.isEmpty());
}

} // namespace

QString CaseForms::money(int vnd)
{
    if (vnd <= 0)
        return QStringLiteral("Miễn phí");
    QString digits = QString::number(vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return digits + QStringLiteral(" đ");
}

QString CaseForms::sexText(const QString& sex)
{
    if (sex == QLatin1String("M"))
        return QStringLiteral("Nam");
    if (sex == QLatin1String("F"))
        return QStringLiteral("Nữ");
    return sex;
}

QList<ResidenceForm> CaseForms::available(const CaseRecord& r)
{
    QList<ResidenceForm> forms{ResidenceForm::CT01, ResidenceForm::CT04};
    if (!r.completionRequest.isEmpty())
        forms << ResidenceForm::CT05;
    if (!r.refusalReasons.isEmpty())
        forms << ResidenceForm::CT06;
    if (approved(r)) {
        const Procedure p = r.summary.procedure;
        if (p == Procedure::TemporaryAbsence)
            forms << ResidenceForm::CT03;
        if (p == Procedure::Confirmation || p == Procedure::Declaration)
            forms << ResidenceForm::CT07;
        if (p != Procedure::Confirmation && p != Procedure::TemporaryAbsence)
            forms << ResidenceForm::CT08;
    }
    return forms;
}

QVariantMap CaseForms::fields(ResidenceForm form, const CaseRecord& r, const ResidenceDesk& desk,
                              const QString& officerName)
{
    const CaseIntake& in = r.intake;
    const PersonData& d = in.declarant;
    const QDate today = desk.context().clock ? desk.context().clock->now().date() : QDate::currentDate();
    QVariantMap f{{QStringLiteral("agency_parent"), desk.agencyParent()},
                  {QStringLiteral("agency"), desk.agencyName()},
                  {QStringLiteral("officer_name"), officerName},
                  {QStringLiteral("case_number"), r.summary.number},
                  {QStringLiteral("procedure_name"), officialName(r.summary.procedure)},
                  {QStringLiteral("full_name"), d.fullName},
                  {QStringLiteral("date_of_birth"), d.dateOfBirth},
                  {QStringLiteral("sex"), sexText(d.sex)},
                  {QStringLiteral("id_number"), d.idNumber},
                  {QStringLiteral("phone"), d.phone},
                  {QStringLiteral("email"), d.email},
                  {QStringLiteral("received_at"), r.summary.receivedAt}};
    switch (form) {
    case ResidenceForm::CT01: {
        f.insert(QStringLiteral("place_date"), desk.placeDate(r.summary.receivedAt.date()));
        f.insert(QStringLiteral("addressee"), desk.agencyTitle());
        f.insert(QStringLiteral("head_name"), in.headName);
        f.insert(QStringLiteral("relationship_to_head"), in.relationshipToHead);
        f.insert(QStringLiteral("head_id_number"), in.headIdNumber);
        f.insert(QStringLiteral("request_content"),
                 in.requestContent.isEmpty() ? officialName(r.summary.procedure) : in.requestContent);
        QVariantList members;
        for (const MovingMember& m : in.members)
            members << QVariantMap{{QStringLiteral("full_name"), m.person.fullName},
                                   {QStringLiteral("date_of_birth"), m.person.dateOfBirth},
                                   {QStringLiteral("sex"), sexText(m.person.sex)},
                                   {QStringLiteral("id_number"), m.person.idNumber},
                                   {QStringLiteral("relationship"), m.relationship}};
        f.insert(QStringLiteral("members"), members);
        for (const Consent& c : {in.headConsent, in.ownerConsent})
            if (c.kind == ConsentKind::VNeID && !f.contains(QStringLiteral("consent_vneid_name"))) {
                f.insert(QStringLiteral("consent_vneid_name"), c.name);
                f.insert(QStringLiteral("consent_vneid_id"), c.idNumber);
            }
        if (!f.contains(QStringLiteral("consent_vneid_name"))) {
            f.insert(QStringLiteral("consent_vneid_name"), QStringLiteral("—"));
            f.insert(QStringLiteral("consent_vneid_id"), QStringLiteral("—"));
        }
        break;
    }
    case ResidenceForm::CT03:
        f.insert(QStringLiteral("place_date"), desk.placeDate(today));
        f.insert(QStringLiteral("residence_address"), in.address.display());
        f.insert(QStringLiteral("absence_from"), in.periodFrom);
        f.insert(QStringLiteral("absence_to"), in.periodTo);
        f.insert(QStringLiteral("reason"), in.reason);
        f.insert(QStringLiteral("destination"), in.destination);
        f.insert(QStringLiteral("document_number"), r.summary.number);
        break;
    case ResidenceForm::CT04: {
        f.insert(QStringLiteral("place_date"), desk.placeDate(r.summary.receivedAt.date()));
        f.insert(QStringLiteral("address"), in.address.display());
        f.insert(QStringLiteral("appointment"), r.summary.dueAt);
        f.insert(QStringLiteral("fee"), money(r.summary.feeVnd));
        f.insert(QStringLiteral("channel"), officialChannel(r.summary.channel));
        f.insert(QStringLiteral("signer_title"), QStringLiteral("CÁN BỘ TIẾP NHẬN"));
        if (d.phone.isEmpty())
            f.insert(QStringLiteral("phone"), QStringLiteral("—"));
        QVariantList docs{
            QVariantMap{{QStringLiteral("name"), QStringLiteral("Tờ khai thay đổi thông tin cư trú (CT01)")},
                        {QStringLiteral("copies"), QStringLiteral("01")}}};
        if (in.headConsent.kind == ConsentKind::Paper || in.ownerConsent.kind == ConsentKind::Paper)
            docs << QVariantMap{{QStringLiteral("name"), QStringLiteral("Văn bản đồng ý của chủ hộ/chủ sở hữu")},
                                {QStringLiteral("copies"), QStringLiteral("01")}};
        f.insert(QStringLiteral("documents"), docs);
        break;
    }
    case ResidenceForm::CT05:
        f.insert(QStringLiteral("place_date"), desk.placeDate(today));
        f.insert(QStringLiteral("requirements"), asList(lines(r.completionRequest)));
        break;
    case ResidenceForm::CT06:
        f.insert(QStringLiteral("place_date"), desk.placeDate(today));
        f.insert(QStringLiteral("reasons"), asList(lines(r.refusalReasons)));
        f.insert(QStringLiteral("signer_title"), QStringLiteral("TRƯỞNG CÔNG AN"));
        f.insert(QStringLiteral("seal"), true);
        break;
    case ResidenceForm::CT07: {
        const QDate issued = r.decidedAt.isValid() ? r.decidedAt.date() : today;
        f.insert(QStringLiteral("place_date"), desk.placeDate(issued));
        f.insert(QStringLiteral("document_number"), r.summary.number);
        f.insert(QStringLiteral("permanent_address"), in.address.display());
        f.insert(QStringLiteral("temporary_address"), QStringLiteral("—"));
        f.insert(QStringLiteral("current_address"), in.address.display());
        f.insert(QStringLiteral("head_name"), in.headName.isEmpty() ? QStringLiteral("—") : in.headName);
        f.insert(QStringLiteral("relationship_to_head"),
                 in.relationshipToHead.isEmpty() ? QStringLiteral("—") : in.relationshipToHead);
        f.insert(QStringLiteral("valid_until"), issued.addYears(1).addDays(-1));
        f.insert(QStringLiteral("signer_title"), QStringLiteral("TRƯỞNG CÔNG AN"));
        f.insert(QStringLiteral("seal"), true);
        break;
    }
    case ResidenceForm::CT08: {
        f.insert(QStringLiteral("place_date"), desk.placeDate(r.decidedAt.isValid() ? r.decidedAt.date() : today));
        f.insert(QStringLiteral("document_number"), r.summary.number);
        QString result = QStringLiteral("Hồ sơ đã được giải quyết theo đề nghị.");
        if (!in.requestContent.isEmpty()) {
            result += QStringLiteral(" Nội dung: ") + in.requestContent;
            if (!result.endsWith(QLatin1Char('.')))
                result += QLatin1Char('.');
        }
        // A deletion states its legal ground (code list of the Law on Residence) on the result.
        if (const auto ground = DeletionGrounds::find(r.summary.procedure, in.deletionGround))
            result +=
                QStringLiteral(" Lý do xóa đăng ký: ") + DeletionGrounds::officialText(*ground) + QLatin1Char('.');
        f.insert(QStringLiteral("result"), result);
        f.insert(QStringLiteral("effective_date"), r.decidedAt.isValid() ? r.decidedAt.date() : today);
        f.insert(QStringLiteral("signer_title"), QStringLiteral("TRƯỞNG CÔNG AN"));
        f.insert(QStringLiteral("seal"), true);
        break;
    }
    }
    return f;
}

} // namespace motcua::residence
