#include "PasswordCheck.h"

#include "AccountService.h"
#include "AuditLog.h"
#include "Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace motcua::shell {

QFuture<SignInOutcome> PasswordCheck::start(const QString& databasePath, const Clock& clock, const QString& username,
                                            const QString& password)
{
    const Clock* clockPtr = &clock;
    return QtConcurrent::run([databasePath, clockPtr, username, password]() -> SignInOutcome {
        // Qt SQL connections belong to the thread that made them: this one opens and closes its own.
        auto db = Database::open(databasePath, false);
        if (!db)
            return {std::nullopt, db.status()};
        AuditLog audit(**db, *clockPtr);
        AccountService accounts(**db, audit, *clockPtr);
        Result<Session> result = accounts.authenticate(username, password);
        if (!result)
            return {std::nullopt, result.status()};
        return {result.value(), Status::ok()};
    });
}

} // namespace motcua::shell
