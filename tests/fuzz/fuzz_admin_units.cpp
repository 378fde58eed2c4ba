// The administrative-units dataset is read from a file: damaged data must be refused whole, never half-loaded.
#include "AdminUnits.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    motcua::AdminUnits units;
    const bool ok = units.load(bytes(data, size));
    if (!ok && !units.provinces().isEmpty())
        __builtin_trap();
    for (const motcua::Province& p : units.provinces())
        for (const motcua::Commune& c : p.communes)
            if (units.commune(c.code) == nullptr || units.commune(c.code)->provinceCode != p.code)
                __builtin_trap();
    return 0;
}
