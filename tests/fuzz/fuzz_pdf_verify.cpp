// Signed PDFs arrive from citizens and other offices: the verifier parses them with PoDoFo and OpenSSL and must
// turn any damage into a refusal (a Status), never let a PdfError escape, crash or report an intact signature it
// could not check (no trust anchors here, so VALID must never come out).
#include "FuzzSupport.h"
#include "PdfVerifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    static const motcua::sign::PdfVerifier verifier;
    const auto result = verifier.verify(bytes(data, size));
    if (result) {
        for (const motcua::sign::SignatureReport& report : *result) {
            // Without trust anchors nothing chains: a VALID verdict would be a lie.
            if (report.status == motcua::sign::SignatureStatus::Valid)
                __builtin_trap();
            (void)report.toJson();
        }
    }
    (void)motcua::sign::parsePdfDate(bytes(data, size < 64 ? size : 64));
    return 0;
}
