#pragma once

#include <QString>

namespace motcua {

/// Installs the application's and Qt's translations for a language ("vi", the default, or "en").
class Translator
{
public:
    /// Returns false when the language's catalogue is missing (the English source text shows then).
    static bool install(const QString& language);
};

} // namespace motcua
