#include "SignatureReport.h"

#include "SignTr.h"

namespace motcua::sign {

QString statusName(SignatureStatus s)
{
    switch (s) {
    case SignatureStatus::Valid:
        return QStringLiteral("VALID");
    case SignatureStatus::Invalid:
        return QStringLiteral("INVALID");
    case SignatureStatus::Untrusted:
        return QStringLiteral("UNTRUSTED");
    }
    return {};
}

QString statusText(SignatureStatus s)
{
    switch (s) {
    case SignatureStatus::Valid:
        return Tr::tr("Valid signature");
    case SignatureStatus::Invalid:
        return Tr::tr("Invalid signature");
    case SignatureStatus::Untrusted:
        return Tr::tr("Intact, but the signer is not trusted");
    }
    return {};
}

QJsonObject SignatureReport::toJson() const
{
    QJsonObject o{{QStringLiteral("signer"), signer},
                  {QStringLiteral("signingTime"),
                   signingTime.isValid() ? QJsonValue(signingTime.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("coversWholeDocument"), coversWholeDocument},
                  {QStringLiteral("level"), level}};
    if (timestamp)
        o.insert(QStringLiteral("timestamp"),
                 QJsonObject{{QStringLiteral("time"), timestamp->time.toString(Qt::ISODate)},
                             {QStringLiteral("status"), statusName(timestamp->status)}});
    else
        o.insert(QStringLiteral("timestamp"), QJsonValue());
    return o;
}

} // namespace motcua::sign
