#pragma once

#include <QString>

namespace motcua {

/// Folds Vietnamese text for search: no tone or vowel marks, đ→d, lower case, single spaces.
/// The same fold is applied to stored names and to queries, so "nguyen van duc" finds "Nguyễn Văn Đức".
/// Shared by every search of the workstation (registers, registries, lists).
class TextFolding
{
public:
    static QString fold(const QString& text);
};

} // namespace motcua
