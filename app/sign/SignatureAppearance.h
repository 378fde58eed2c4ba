#pragma once

#include "IncrementalUpdate.h"
#include "Status.h"

#include <QStringList>

namespace motcua::sign {

/// Draws the visible face of a signature: a framed box with lines of text (Vietnamese included) in an embedded
/// subset font, written as a Form XObject into the update.
class SignatureAppearance
{
public:
    /// Adds the XObject of size `width`×`height` points (and its font objects) to `update`; returns its number.
    static Result<int> add(IncrementalUpdate& update, double width, double height, const QStringList& lines,
                           const QString& fontPath);
    /// Font size that fits every line in the box (between 4 and 11 pt).
    static double fittingSize(const class FontSubset& font, const QStringList& lines, double width, double height);
};

} // namespace motcua::sign
