#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace motcua::statistics {

/// Census-like shares (2019 census, National Population Database) used by the synthetic generator:
/// a distribution is a list of names with weights.
struct Distribution
{
    QStringList names;
    std::vector<double> weights;
};

namespace model {
/// Approximate population of each of the 34 provinces (millions, 2025), by 2-digit code.
double provincePopulation(int provinceCode);
/// Ethnic groups and religions of the region a province lies in (northern mountains, Mekong delta…).
const Distribution& ethnicities(int provinceCode);
const Distribution& religions(int provinceCode);
/// Share of each five-year age band (0-4 … 80+): 0–14 24.3 %, 15–64 68 %, 65+ 7.7 %.
const std::vector<double>& ageBandShares();
/// Probability of being male in an age band: sex ratio 110.3 at 0–4 falling to 48.6 at 80+.
double maleShare(int band);
const Distribution& familyNames();
const QStringList& givenNames(bool female);
/// Old 63-province code of birth registration for a current province (digits 1–3 of the ID number).
int birthRegistrationCode(int provinceCode);
} // namespace model

} // namespace motcua::statistics
