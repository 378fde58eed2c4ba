#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <array>

namespace motcua::statistics {

inline constexpr int kAgeBands = 17; // 0-4 … 75-79, 80+
QString ageBandLabel(int band);
inline int ageBandOf(int age)
{
    return age >= 80 ? kAgeBands - 1 : age / 5;
}

/// Counts of one area on one as-of date: what `stats summary` prints and the dashboard shows unfiltered.
struct PopulationSummary
{
    qint64 total = 0;
    qint64 households = 0;
    qint64 cardHolders = 0;
    std::array<qint64, 2> bySex{};                        // M, F
    std::array<std::array<qint64, 2>, kAgeBands> byAge{}; // band → M, F
    QMap<QString, qint64> byEthnicity;
    QMap<QString, qint64> byReligion;
    std::array<qint64, 2> byResidenceType{}; // permanent, temporary
    QMap<int, qint64> cardsByYear;           // year the chip card was issued
    QMap<QString, qint64> byProvince;        // "01" → n
    QMap<QString, qint64> byWard;            // "00004" → n

    qint64 ageBandTotal(int band) const { return byAge[size_t(band)][0] + byAge[size_t(band)][1]; }
    /// The document of the `stats summary --json` contract.
    QJsonObject toJson() const;
};

} // namespace motcua::statistics
