#pragma once

#include "Session.h"
#include "Status.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace motcua {
class Clock;
}

namespace motcua::shell {

/// The outcome of one sign-in attempt: a session, or the Status that says why not.
struct SignInOutcome
{
    std::optional<Session> session;
    Status status;
};

/// Runs AccountService::authenticate (Argon2id, ~100 ms, plus lockout bookkeeping) on a worker thread
/// with its own connection to the database, so the window stays responsive.
class PasswordCheck
{
public:
    static QFuture<SignInOutcome> start(const QString& databasePath, const Clock& clock, const QString& username,
                                        const QString& password);
};

} // namespace motcua::shell
