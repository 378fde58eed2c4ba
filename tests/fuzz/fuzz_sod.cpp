// EF.SOD: CMS SignedData, LDSSecurityObject, and passive authentication against an empty trust store.
#include "FuzzSupport.h"
#include "lds/SecurityObject.h"
#include "security/PassiveAuthenticator.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    (void)SecurityObject::parse(input);
    static const TrustStore store;
    PassiveAuthenticator authenticator(store);
    (void)authenticator.verify(input, {{1, QByteArray("\x61\x00", 2)}});
    return 0;
}
