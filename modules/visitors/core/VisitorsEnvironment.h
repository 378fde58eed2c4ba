#pragma once

namespace motcua {
class AuditLog;
class Clock;
class Database;
class Vault;
} // namespace motcua

namespace motcua::visitors {

/// The services every visitors repository needs, for one database connection (one thread).
struct VisitorsEnvironment
{
    Database* db = nullptr;
    AuditLog* audit = nullptr;
    const Vault* vault = nullptr;
    const Clock* clock = nullptr;
};

} // namespace motcua::visitors
