// EF.CardAccess: SecurityInfos and the choice of the PACE configuration.
#include "FuzzSupport.h"
#include "access/MseSetAt.h"
#include "access/SecurityInfos.h"

using namespace motcua::card;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto infos = SecurityInfos::parse(bytes(data, size));
    if (infos) {
        const auto chosen = infos->choosePace();
        if (chosen)
            (void)MseSetAt::paceCommand(chosen->algorithm.oid, MseSetAt::Password::Can, chosen->parameterId).encode();
    }
    return 0;
}
