// DG1 and the TD1 MRZ text parser.
#include "FuzzSupport.h"
#include "lds/Dg1.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    auto mrz = Dg1::parse(input);
    if (mrz) {
        (void)mrz->cccdIdNumber();
        (void)mrz->birthDate();
        (void)mrz->expiryDate();
    }
    (void)Mrz::parseTd1(QString::fromLatin1(input));
    return 0;
}
