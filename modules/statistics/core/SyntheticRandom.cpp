#include "SyntheticRandom.h"

#include <algorithm>

namespace motcua::statistics {

std::vector<double> SyntheticRandom::cumulate(const std::vector<double>& weights)
{
    std::vector<double> c(weights.size());
    double sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        c[i] = (sum += weights[i]);
    return c;
}

std::size_t SyntheticRandom::pick(const std::vector<double>& cumulative)
{
    const double x = unit() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return std::min<std::size_t>(std::size_t(it - cumulative.begin()), cumulative.size() - 1);
}

} // namespace motcua::statistics
