// DG2: biometric template, ISO 19794-5 record, JPEG (QImage) and JPEG 2000 (openjpeg) decoding.
#include "FuzzSupport.h"
#include "lds/Dg2.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    (void)Dg2::parse(bytes(data, size));
    return 0;
}
