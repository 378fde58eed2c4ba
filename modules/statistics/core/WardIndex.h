#pragma once

namespace motcua::statistics {

/// Province code of a ward code (both as integers), 0 when the ward does not exist; from the bundled
/// administrative units, built once.
int provinceOfWard(int wardCode);
bool provinceExists(int provinceCode);

} // namespace motcua::statistics
