#pragma once

// Cryptoki declarations from p11-kit's pkcs11.h, kept out of public headers.
#include <p11-kit/pkcs11.h>

namespace motcua::sign {

struct Pkcs11Api
{
    CK_FUNCTION_LIST_PTR f = nullptr;
};

} // namespace motcua::sign
