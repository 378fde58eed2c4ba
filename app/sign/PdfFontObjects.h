#pragma once

#include <QByteArray>

#include <functional>

namespace motcua::sign {

class FontSubset;

/// Writes the five objects of a Type 0 font (Identity-H, CIDFontType2, descriptor, subset FontFile2, ToUnicode)
/// through `reserve`/`setObject`, so any PDF writer can embed a subset font; returns the Type 0 font's number.
int writeType0Font(const FontSubset& font, const std::function<int()>& reserve,
                   const std::function<void(int, QByteArray)>& setObject);

} // namespace motcua::sign
