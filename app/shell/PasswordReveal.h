#pragma once

class QLineEdit;

namespace motcua::shell {

/// Puts the password into `edit` out of sight and adds an eye button that shows it while checked.
void makePasswordField(QLineEdit* edit);

} // namespace motcua::shell
