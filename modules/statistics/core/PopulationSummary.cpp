#include "PopulationSummary.h"

namespace motcua::statistics {

QString ageBandLabel(int band)
{
    if (band >= kAgeBands - 1)
        return QStringLiteral("80+");
    return QStringLiteral("%1-%2").arg(band * 5).arg(band * 5 + 4);
}

namespace {
QJsonObject toObject(const QMap<QString, qint64>& m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QJsonObject PopulationSummary::toJson() const
{
    QJsonObject age;
    for (int b = 0; b < kAgeBands; ++b)
        age.insert(ageBandLabel(b), ageBandTotal(b));
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("bySex"), QJsonObject{{QStringLiteral("M"), bySex[0]}, {QStringLiteral("F"), bySex[1]}}},
        {QStringLiteral("byAgeBand"), age},
        {QStringLiteral("byEthnicity"), toObject(byEthnicity)},
        {QStringLiteral("byReligion"), toObject(byReligion)},
        {QStringLiteral("byResidenceType"), QJsonObject{{QStringLiteral("permanent"), byResidenceType[0]},
                                                        {QStringLiteral("temporary"), byResidenceType[1]}}},
        {QStringLiteral("byProvince"), toObject(byProvince)},
        {QStringLiteral("byWard"), toObject(byWard)},
    };
}

} // namespace motcua::statistics
