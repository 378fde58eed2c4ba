// DG14: SecurityInfos for chip and active authentication.
#include "FuzzSupport.h"
#include "lds/Dg14.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto infos = Dg14::parse(bytes(data, size));
    if (infos)
        (void)infos->choosePace();
    return 0;
}
