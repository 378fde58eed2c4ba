// DG15 and active authentication verification with whatever key and signature it holds.
#include "FuzzSupport.h"
#include "lds/Dg15.h"
#include "security/ActiveAuthenticator.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    auto dg15 = Dg15::parse(input);
    if (dg15) {
        const QByteArray challenge("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
        (void)ActiveAuthenticator::verify(dg15->subjectPublicKeyInfo, challenge, input.right(dg15->keyBits / 8));
    }
    return 0;
}
