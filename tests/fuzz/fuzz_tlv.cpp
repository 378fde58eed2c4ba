// BER-TLV reader, recursive descent into constructed objects, ASN.1 primitives.
#include "FuzzSupport.h"
#include "tlv/Asn1.h"
#include "tlv/BerTlv.h"

using namespace motcua::card;

namespace {
void walk(const QByteArray& data, int depth)
{
    auto all = BerTlvReader::parseAll(data);
    if (!all || depth > 8)
        return;
    for (const Tlv& tlv : *all) {
        if (!tlv.raw.endsWith(tlv.value))
            __builtin_trap();
        if (tlv.tag == Asn1::ObjectIdentifier) {
            auto oid = Asn1::decodeOid(tlv.value);
            if (oid && Asn1::encodeOid(*oid) != tlv.value)
                __builtin_trap(); // decoding and encoding must agree
        } else if (tlv.tag == Asn1::Integer) {
            (void)Asn1::decodeInteger(tlv.value, true);
        } else if (tlv.tag == Asn1::Utf8String || tlv.tag == Asn1::PrintableString) {
            (void)Asn1::decodeString(tlv.tag, tlv.value);
        }
        if (tlv.isConstructed())
            walk(tlv.value, depth + 1);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    walk(input, 0);
    (void)BerTlvReader::parseSingle(input);
    (void)BerTlvReader::encodedLength(input);
    return 0;
}
