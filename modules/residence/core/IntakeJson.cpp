#include "IntakeJson.h"

#include "ProcedureCatalogue.h"

#include <QJsonArray>

namespace motcua::residence {

namespace {
QString d(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QDate dateOf(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonObject personJson(const PersonData& p)
{
    return {{QStringLiteral("id"), p.idNumber},          {QStringLiteral("name"), p.fullName},
            {QStringLiteral("dob"), d(p.dateOfBirth)},   {QStringLiteral("sex"), p.sex},
            {QStringLiteral("ethnicity"), p.ethnicity},  {QStringLiteral("religion"), p.religion},
            {QStringLiteral("phone"), p.phone},          {QStringLiteral("email"), p.email},
            {QStringLiteral("issued"), d(p.cardIssued)}, {QStringLiteral("birthRegistered"), d(p.birthRegisteredOn)}};
}
PersonData personOf(const QJsonObject& o)
{
    return {o.value(QStringLiteral("id")).toString(),        o.value(QStringLiteral("name")).toString(),
            dateOf(o.value(QStringLiteral("dob"))),          o.value(QStringLiteral("sex")).toString(),
            o.value(QStringLiteral("ethnicity")).toString(), o.value(QStringLiteral("religion")).toString(),
            o.value(QStringLiteral("phone")).toString(),     o.value(QStringLiteral("email")).toString(),
            dateOf(o.value(QStringLiteral("issued"))),       dateOf(o.value(QStringLiteral("birthRegistered")))};
}
QJsonObject consentJson(const Consent& c)
{
    return {{QStringLiteral("kind"), int(c.kind)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("id"), c.idNumber},
            {QStringLiteral("vneid"), c.vneidReference}};
}
Consent consentOf(const QJsonObject& o)
{
    return {ConsentKind(qBound(0, o.value(QStringLiteral("kind")).toInt(), 2)),
            o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("vneid")).toString()};
}
} // namespace

QJsonObject IntakeJson::toJson(const CaseIntake& in)
{
    QJsonArray members;
    for (const MovingMember& m : in.members) {
        QJsonObject o = personJson(m.person);
        o.insert(QStringLiteral("relationship"), m.relationship);
        members.append(o);
    }
    return {
        {QStringLiteral("procedure"), ProcedureCatalogue::key(in.procedure)},
        {QStringLiteral("channel"), ProcedureCatalogue::channelKey(in.channel)},
        {QStringLiteral("declarant"), personJson(in.declarant)},
        {QStringLiteral("headName"), in.headName},
        {QStringLiteral("relationshipToHead"), in.relationshipToHead},
        {QStringLiteral("headId"), in.headIdNumber},
        {QStringLiteral("request"), in.requestContent},
        {QStringLiteral("members"), members},
        {QStringLiteral("headConsent"), consentJson(in.headConsent)},
        {QStringLiteral("ownerConsent"), consentJson(in.ownerConsent)},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("province"), in.address.provinceCode},
                                                {QStringLiteral("commune"), in.address.communeCode},
                                                {QStringLiteral("street"), in.address.street},
                                                {QStringLiteral("house"), in.address.houseNumber}}},
        {QStringLiteral("household"), in.householdId},
        {QStringLiteral("newHead"), in.newHeadIdNumber},
        {QStringLiteral("from"), d(in.periodFrom)},
        {QStringLiteral("to"), d(in.periodTo)},
        {QStringLiteral("destination"), in.destination},
        {QStringLiteral("reason"), in.reason},
        {QStringLiteral("deletionGround"), in.deletionGround},
        {QStringLiteral("byList"), in.byList},
        {QStringLiteral("inDatabase"), in.inDatabase},
        {QStringLiteral("corrections"), QJsonObject::fromVariantMap(in.corrections)},
        {QStringLiteral("assignedTo"), in.assignedTo},
    };
}

CaseIntake IntakeJson::fromJson(const QJsonObject& o)
{
    CaseIntake in;
    in.procedure = ProcedureCatalogue::fromKey(o.value(QStringLiteral("procedure")).toString())
                       .value_or(Procedure::PermanentRegistration);
    in.channel =
        ProcedureCatalogue::channelFromKey(o.value(QStringLiteral("channel")).toString()).value_or(Channel::InPerson);
    in.declarant = personOf(o.value(QStringLiteral("declarant")).toObject());
    in.headName = o.value(QStringLiteral("headName")).toString();
    in.relationshipToHead = o.value(QStringLiteral("relationshipToHead")).toString();
    in.headIdNumber = o.value(QStringLiteral("headId")).toString();
    in.requestContent = o.value(QStringLiteral("request")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("members")).toArray())
        in.members << MovingMember{personOf(v.toObject()),
                                   v.toObject().value(QStringLiteral("relationship")).toString()};
    in.headConsent = consentOf(o.value(QStringLiteral("headConsent")).toObject());
    in.ownerConsent = consentOf(o.value(QStringLiteral("ownerConsent")).toObject());
    const QJsonObject a = o.value(QStringLiteral("address")).toObject();
    in.address = {0, a.value(QStringLiteral("province")).toString(), a.value(QStringLiteral("commune")).toString(),
                  a.value(QStringLiteral("street")).toString(), a.value(QStringLiteral("house")).toString()};
    in.householdId = o.value(QStringLiteral("household")).toInteger();
    in.newHeadIdNumber = o.value(QStringLiteral("newHead")).toString();
    in.periodFrom = dateOf(o.value(QStringLiteral("from")));
    in.periodTo = dateOf(o.value(QStringLiteral("to")));
    in.destination = o.value(QStringLiteral("destination")).toString();
    in.reason = o.value(QStringLiteral("reason")).toString();
    in.deletionGround = o.value(QStringLiteral("deletionGround")).toString();
    in.byList = o.value(QStringLiteral("byList")).toBool();
    in.inDatabase = o.value(QStringLiteral("inDatabase")).toBool(true);
    in.corrections = o.value(QStringLiteral("corrections")).toObject().toVariantMap();
    in.assignedTo = o.value(QStringLiteral("assignedTo")).toString();
    return in;
}

} // namespace motcua::residence
