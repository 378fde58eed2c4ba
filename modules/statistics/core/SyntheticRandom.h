#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace motcua::statistics {

/// Portable random draws on top of std::mt19937_64, whose output sequence the standard fixes; the
/// std:: distributions are not fixed across library versions, so a seed would not give the same file
/// everywhere with them.
class SyntheticRandom
{
public:
    explicit SyntheticRandom(std::uint64_t seed) : m_engine(seed) {}
    std::uint64_t bits() { return m_engine(); }
    /// Uniform in [0, 1).
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n ? std::uint64_t(unit() * double(n)) % n : 0; }
    bool chance(double p) { return unit() < p; }
    /// Index drawn with probability proportional to weights[i].
    std::size_t pick(const std::vector<double>& cumulative);
    static std::vector<double> cumulate(const std::vector<double>& weights);

private:
    std::mt19937_64 m_engine;
};

} // namespace motcua::statistics
