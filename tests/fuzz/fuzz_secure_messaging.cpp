// Secure messaging on both sides with fixed session keys: protected commands as a card sees them and
// protected responses as the reader sees them (3DES and AES).
#include "FuzzSupport.h"
#include "crypto/SecureMessaging.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const bool aes = data[0] & 1;
    const QByteArray input = bytes(data + 1, size - 1);
    const QByteArray key = QByteArray::fromHex("979EC13B1CBFE9DCD01AB0FED307EAE5");
    SecureMessaging card(aes ? CipherKind::Aes : CipherKind::TripleDes, key, key, QByteArray(aes ? 16 : 8, '\0'));
    SecureMessaging reader = card;
    auto command = CommandApdu::parse(input);
    if (command)
        (void)card.unprotectCommand(*command);
    auto response = ResponseApdu::parse(input);
    if (response)
        (void)reader.unprotectResponse(*response);
    return 0;
}
