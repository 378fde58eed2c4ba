#include "CitizenIdentity.h"

#include <QJsonArray>

namespace motcua::card {

namespace {

QJsonValue isoDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString verdictText(DataGroupVerdict v)
{
    return v == DataGroupVerdict::Valid ? QStringLiteral("VALID") : QStringLiteral("INVALID");
}

} // namespace

bool CitizenIdentity::chipVerified() const
{
    if (source != Source::Chip || security.passiveAuthentication != PassiveAuthenticationStatus::Valid)
        return false;
    for (DataGroupVerdict v : security.dataGroups) {
        if (v != DataGroupVerdict::Valid)
            return false;
    }
    return security.activeAuthentication != ChipCheckVerdict::Invalid &&
           security.chipAuthentication != ChipCheckVerdict::Invalid;
}

QString CitizenIdentity::toString(PassiveAuthenticationStatus status)
{
    switch (status) {
    case PassiveAuthenticationStatus::Valid:
        return QStringLiteral("VALID");
    case PassiveAuthenticationStatus::Invalid:
        return QStringLiteral("INVALID");
    case PassiveAuthenticationStatus::UntrustedSigner:
        return QStringLiteral("UNTRUSTED_SIGNER");
    case PassiveAuthenticationStatus::NotChecked:
        break;
    }
    return QStringLiteral("NOT_CHECKED");
}

QString CitizenIdentity::toString(ChipCheckVerdict verdict)
{
    switch (verdict) {
    case ChipCheckVerdict::Valid:
        return QStringLiteral("VALID");
    case ChipCheckVerdict::Invalid:
        return QStringLiteral("INVALID");
    case ChipCheckVerdict::NotSupported:
        break;
    }
    return QStringLiteral("NOT_SUPPORTED");
}

QString CitizenIdentity::toString(AccessProtocol access)
{
    switch (access) {
    case AccessProtocol::Pace:
        return QStringLiteral("PACE");
    case AccessProtocol::Bac:
        return QStringLiteral("BAC");
    case AccessProtocol::None:
        break;
    }
    return {};
}

QJsonObject CitizenIdentity::toJson() const
{
    const HolderData& h = holder;
    QJsonObject holderJson{
        {QStringLiteral("idNumber"), h.idNumber},
        {QStringLiteral("fullName"), h.fullName},
        {QStringLiteral("dateOfBirth"), isoDate(h.dateOfBirth)},
        {QStringLiteral("sex"), h.sex.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.sex)},
        {QStringLiteral("nationality"), h.nationality},
        {QStringLiteral("ethnicity"), h.ethnicity},
        {QStringLiteral("religion"), h.religion},
        {QStringLiteral("placeOfOrigin"), h.placeOfOrigin},
        {QStringLiteral("placeOfResidence"), h.placeOfResidence},
        {QStringLiteral("identifyingMarks"), h.identifyingMarks},
        {QStringLiteral("issueDate"), isoDate(h.issueDate)},
        {QStringLiteral("expiryDate"), h.expiryDate ? isoDate(*h.expiryDate) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fatherName"), h.fatherName},
        {QStringLiteral("motherName"), h.motherName},
        {QStringLiteral("spouseName"), h.spouseName},
        {QStringLiteral("oldIdNumber"), h.oldIdNumber},
    };

    QJsonValue mrzJson(QJsonValue::Null);
    if (!mrz.raw.isEmpty()) {
        // The MRZ carries two-digit years; the chip's full date of birth settles the century.
        QDate birth = mrz.birthDate();
        if (h.dateOfBirth.isValid() && h.dateOfBirth.toString(QStringLiteral("yyMMdd")) == mrz.dateOfBirth)
            birth = h.dateOfBirth;
        mrzJson = QJsonObject{
            {QStringLiteral("documentCode"), mrz.documentCode},
            {QStringLiteral("issuingState"), mrz.issuingState},
            {QStringLiteral("documentNumber"), mrz.documentNumber},
            {QStringLiteral("dateOfBirth"), isoDate(birth)},
            {QStringLiteral("dateOfExpiry"), isoDate(mrz.expiryDate())},
            {QStringLiteral("sex"), mrz.sex},
            {QStringLiteral("nationality"), mrz.nationality},
            {QStringLiteral("name"), mrz.name},
            {QStringLiteral("optionalData"), mrz.optionalData},
        };
    }

    QJsonValue photoJson(QJsonValue::Null);
    if (!portrait.isEmpty()) {
        photoJson = QJsonObject{
            {QStringLiteral("mimeType"), portrait.mimeType},
            {QStringLiteral("width"), portrait.image.width()},
            {QStringLiteral("height"), portrait.image.height()},
            {QStringLiteral("sha256"), QString::fromLatin1(portrait.sha256.toHex())},
        };
    }

    QJsonObject groups;
    for (auto it = security.dataGroups.cbegin(); it != security.dataGroups.cend(); ++it)
        groups.insert(QStringLiteral("DG") + QString::number(it.key()), verdictText(it.value()));
    const QString access = toString(security.access);
    QJsonObject securityJson{
        {QStringLiteral("access"), access.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(access)},
        {QStringLiteral("passiveAuthentication"),
         QJsonObject{{QStringLiteral("status"), toString(security.passiveAuthentication)},
                     {QStringLiteral("documentSigner"), security.documentSignerDn},
                     {QStringLiteral("dataGroups"), groups}}},
        {QStringLiteral("activeAuthentication"), toString(security.activeAuthentication)},
        {QStringLiteral("chipAuthentication"), toString(security.chipAuthentication)},
    };

    return QJsonObject{
        {QStringLiteral("holder"), holderJson},
        {QStringLiteral("mrz"), mrzJson},
        {QStringLiteral("photo"), photoJson},
        {QStringLiteral("security"), securityJson},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("apdus"), stats.apdus},
                                              {QStringLiteral("bytesSent"), stats.bytesSent},
                                              {QStringLiteral("bytesReceived"), stats.bytesReceived},
                                              {QStringLiteral("milliseconds"), stats.milliseconds}}},
    };
}

} // namespace motcua::card
