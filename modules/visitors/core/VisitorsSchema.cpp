#include "VisitorsSchema.h"

namespace motcua::visitors {

QList<Migration> VisitorsSchema::migrations()
{
    Migration m1;
    m1.module = QStringLiteral("visitors");
    m1.version = 1;
    m1.description = QStringLiteral("profiles, hosts, visits, invitations, watchlist, logbook");
    m1.statements = {
        // ID numbers live only as keyed hash (lookups), sealed text (exports) and masked text (lists).
        QStringLiteral("CREATE TABLE visitors_profiles ("
                       " id INTEGER PRIMARY KEY,"
                       " id_hash BLOB NOT NULL UNIQUE,"
                       " id_sealed TEXT NOT NULL,"
                       " id_masked TEXT NOT NULL,"
                       " full_name TEXT NOT NULL,"
                       " name_folded TEXT NOT NULL,"
                       " birth_date TEXT,"
                       " sex TEXT,"
                       " residence_sealed TEXT,"
                       " province TEXT,"
                       " portrait_sealed BLOB,"
                       " card_expiry TEXT,"
                       " created_at TEXT NOT NULL,"
                       " last_seen_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX visitors_profiles_name ON visitors_profiles(name_folded)"),
        QStringLiteral("CREATE INDEX visitors_profiles_seen ON visitors_profiles(last_seen_at)"),
        QStringLiteral("CREATE TABLE visitors_hosts ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " department TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE visitors_visits ("
                       " id INTEGER PRIMARY KEY,"
                       " profile_id INTEGER NOT NULL REFERENCES visitors_profiles(id) ON DELETE CASCADE,"
                       " host_id INTEGER,"
                       " host_name TEXT NOT NULL DEFAULT '',"
                       " department TEXT NOT NULL DEFAULT '',"
                       " purpose TEXT NOT NULL DEFAULT '',"
                       " expected_minutes INTEGER NOT NULL DEFAULT 60,"
                       " badge_day TEXT NOT NULL,"
                       " badge_seq INTEGER NOT NULL,"
                       " badge_number TEXT NOT NULL,"
                       " checked_in_at TEXT NOT NULL,"
                       " checked_out_at TEXT,"
                       " checkout_method TEXT,"
                       " verification TEXT NOT NULL,"
                       " override_reason TEXT,"
                       " consent_at TEXT,"
                       " invitation_id INTEGER,"
                       " flagged INTEGER NOT NULL DEFAULT 0,"
                       " badge_prints INTEGER NOT NULL DEFAULT 0,"
                       " operator TEXT NOT NULL,"
                       " desk TEXT NOT NULL DEFAULT '')"),
        // At most one open visit per person: two desks checking the same card in at once make one visit.
        QStringLiteral("CREATE UNIQUE INDEX visitors_visits_one_inside ON visitors_visits(profile_id) "
                       "WHERE checked_out_at IS NULL"),
        // The inside-now list reads only open visits, through this small partial index.
        QStringLiteral("CREATE INDEX visitors_visits_inside ON visitors_visits(checked_in_at) "
                       "WHERE checked_out_at IS NULL"),
        QStringLiteral("CREATE INDEX visitors_visits_badge ON visitors_visits(badge_day, badge_seq)"),
        QStringLiteral("CREATE INDEX visitors_visits_in ON visitors_visits(checked_in_at)"),
        QStringLiteral("CREATE INDEX visitors_visits_profile ON visitors_visits(profile_id, checked_in_at)"),
        QStringLiteral("CREATE INDEX visitors_visits_host ON visitors_visits(host_id, checked_in_at)"),
        QStringLiteral("CREATE TABLE visitors_invitations ("
                       " id INTEGER PRIMARY KEY,"
                       " id_hash BLOB NOT NULL,"
                       " id_masked TEXT NOT NULL,"
                       " guest_name TEXT NOT NULL,"
                       " host_id INTEGER,"
                       " purpose TEXT NOT NULL DEFAULT '',"
                       " valid_from TEXT NOT NULL,"
                       " valid_until TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " used_visit_id INTEGER)"),
        QStringLiteral("CREATE INDEX visitors_invitations_id ON visitors_invitations(id_hash, valid_until)"),
        QStringLiteral("CREATE TABLE visitors_watchlist ("
                       " id INTEGER PRIMARY KEY,"
                       " id_hash BLOB,"
                       " id_masked TEXT NOT NULL DEFAULT '',"
                       " full_name TEXT NOT NULL DEFAULT '',"
                       " name_folded TEXT NOT NULL DEFAULT '',"
                       " birth_date TEXT,"
                       " reason TEXT NOT NULL,"
                       " level TEXT NOT NULL DEFAULT 'high',"
                       " created_by TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX visitors_watchlist_id ON visitors_watchlist(id_hash) WHERE active = 1"),
        QStringLiteral("CREATE INDEX visitors_watchlist_near ON visitors_watchlist(name_folded, birth_date) "
                       "WHERE active = 1"),
        QStringLiteral("CREATE TABLE visitors_logbook ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " day TEXT NOT NULL,"
                       " shift INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " visit_id INTEGER REFERENCES visitors_visits(id) ON DELETE SET NULL,"
                       " operator TEXT NOT NULL,"
                       " remark TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX visitors_logbook_day ON visitors_logbook(day, shift, at)"),
    };
    Migration m2;
    m2.module = QStringLiteral("visitors");
    m2.version = 2;
    m2.description = QStringLiteral("invitations keep the sealed ID number (the card's access number for a bare tap)");
    m2.statements = {QStringLiteral("ALTER TABLE visitors_invitations ADD COLUMN id_sealed TEXT")};
    return {m1, m2};
}

} // namespace motcua::visitors
