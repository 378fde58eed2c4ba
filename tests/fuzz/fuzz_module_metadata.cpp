// Plugin metadata is outside input: a module's JSON must never crash the plugin host, only be refused.
#include "FuzzSupport.h"
#include "ModuleSpec.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(data, size));
    auto spec = motcua::ModuleSpec::fromJson(doc.object());
    if (spec && (spec->id.isEmpty() || spec->name.isEmpty() || spec->apiVersion < 1))
        __builtin_trap(); // accepted metadata must be complete
    return 0;
}
