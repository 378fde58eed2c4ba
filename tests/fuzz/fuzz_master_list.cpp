// ICAO CSCA master lists (signed CMS) and the trust store's format detection.
#include "FuzzSupport.h"
#include "security/MasterList.h"
#include "security/TrustStore.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    (void)MasterList::parse(input);
    (void)MasterList::parseContent(input);
    TrustStore store;
    (void)store.addCertificates(input);
    return 0;
}
