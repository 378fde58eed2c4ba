// The printed QR code string as a keyboard-wedge scanner types it.
#include "FuzzSupport.h"
#include "fallback/IdNumberValidator.h"
#include "fallback/QrCodeParser.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    auto identity = QrCodeParser::parse(text);
    if (identity)
        (void)identity->toJson();
    (void)IdNumberValidator::validate(text.left(12), QDate(1989, 3, 15), QStringLiteral("M"));
    return 0;
}
