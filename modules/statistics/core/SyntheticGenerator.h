#pragma once

#include "Status.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <functional>

class QIODevice;

namespace motcua::statistics {

/// Writes synthetic residents in the resident CSV format with census-like distributions (sex by age,
/// the age pyramid, ethnic groups and religions concentrated by region, households of about 3.6 people,
/// chip cards mostly issued since 2021). The same seed gives the same file, byte for byte, everywhere.
class SyntheticGenerator
{
    Q_DECLARE_TR_FUNCTIONS(motcua::statistics::SyntheticGenerator)
public:
    /// Every date is on or before this day, so a file stays valid whenever it is imported later.
    static constexpr int kReferenceDate = 20251231;

    Status write(QIODevice* out, qint64 residents, std::uint64_t seed,
                 const std::function<void(qint64 written)>& progress = {},
                 const std::atomic<bool>* cancel = nullptr) const;
};

} // namespace motcua::statistics
