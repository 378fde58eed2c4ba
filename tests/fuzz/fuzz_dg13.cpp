// DG13: Vietnamese personal data by field number.
#include "FuzzSupport.h"
#include "lds/Dg13.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto holder = Dg13::parse(bytes(data, size));
    if (holder)
        (void)Dg13::encode(*holder);
    return 0;
}
