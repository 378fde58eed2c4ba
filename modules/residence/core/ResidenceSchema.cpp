#include "ResidenceSchema.h"

namespace motcua::residence {

QList<Migration> ResidenceSchema::migrations()
{
    const QString m = QStringLiteral("residence");
    Migration v1{m, 1, QStringLiteral("registry, cases, accommodation notices"), {}, {}};
    v1.statements = {
        // Registry. Names are stored in NFC and, folded, in name_key and the FTS index for search.
        QStringLiteral("CREATE TABLE residence_addresses(id INTEGER PRIMARY KEY, province_code TEXT NOT NULL, "
                       "commune_code TEXT NOT NULL, street TEXT NOT NULL DEFAULT '', house_number TEXT NOT NULL "
                       "DEFAULT '', street_key TEXT NOT NULL DEFAULT '', "
                       "UNIQUE(commune_code, street_key, house_number, province_code))"),
        QStringLiteral("CREATE INDEX residence_addresses_street ON residence_addresses(street_key, house_number)"),
        QStringLiteral("CREATE TABLE residence_persons(id INTEGER PRIMARY KEY, id_number TEXT NOT NULL UNIQUE, "
                       "full_name TEXT NOT NULL, name_key TEXT NOT NULL, date_of_birth TEXT NOT NULL, sex TEXT NOT "
                       "NULL, ethnicity_sealed TEXT NOT NULL DEFAULT '', religion_sealed TEXT NOT NULL DEFAULT '', "
                       "phone_sealed TEXT NOT NULL DEFAULT '', email_sealed TEXT NOT NULL DEFAULT '', card_issued "
                       "TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX residence_persons_name ON residence_persons(name_key)"),
        QStringLiteral("CREATE VIRTUAL TABLE residence_person_names USING fts5(name_key, content='residence_persons', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"),
        QStringLiteral("CREATE TRIGGER residence_persons_ai AFTER INSERT ON residence_persons BEGIN INSERT INTO "
                       "residence_person_names(rowid, name_key) VALUES (new.id, new.name_key); END"),
        QStringLiteral("CREATE TRIGGER residence_persons_ad AFTER DELETE ON residence_persons BEGIN INSERT INTO "
                       "residence_person_names(residence_person_names, rowid, name_key) VALUES('delete', old.id, "
                       "old.name_key); END"),
        QStringLiteral("CREATE TRIGGER residence_persons_au AFTER UPDATE OF name_key ON residence_persons BEGIN "
                       "INSERT INTO residence_person_names(residence_person_names, rowid, name_key) VALUES('delete', "
                       "old.id, old.name_key); INSERT INTO residence_person_names(rowid, name_key) VALUES (new.id, "
                       "new.name_key); END"),
        QStringLiteral("CREATE TABLE residence_households(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                       "head_person_id INTEGER REFERENCES residence_persons(id), address_id INTEGER NOT NULL "
                       "REFERENCES residence_addresses(id), created_on TEXT NOT NULL, dissolved_on TEXT)"),
        QStringLiteral("CREATE INDEX residence_households_head ON residence_households(head_person_id)"),
        QStringLiteral("CREATE INDEX residence_households_address ON residence_households(address_id)"),
        QStringLiteral("CREATE TABLE residence_memberships(id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL "
                       "REFERENCES residence_households(id), person_id INTEGER NOT NULL REFERENCES "
                       "residence_persons(id), relationship TEXT NOT NULL, from_date TEXT NOT NULL, to_date TEXT)"),
        QStringLiteral("CREATE INDEX residence_memberships_person ON residence_memberships(person_id, to_date)"),
        QStringLiteral("CREATE INDEX residence_memberships_household ON residence_memberships(household_id, to_date)"),
        QStringLiteral("CREATE TABLE residence_records(id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES "
                       "residence_persons(id), kind TEXT NOT NULL, address_id INTEGER NOT NULL REFERENCES "
                       "residence_addresses(id), household_id INTEGER, from_date TEXT NOT NULL, to_date TEXT, "
                       "closed_on TEXT, close_reason TEXT NOT NULL DEFAULT '', case_id INTEGER, destination TEXT NOT "
                       "NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX residence_records_person ON residence_records(person_id, kind, closed_on)"),
        QStringLiteral("CREATE INDEX residence_records_address ON residence_records(address_id, closed_on)"),
        QStringLiteral("CREATE INDEX residence_records_expiry ON residence_records(kind, closed_on, to_date)"),
        // Cases. The intake (CT01 data with phone/email) is sealed; number, state and deadline stay searchable.
        QStringLiteral("CREATE TABLE residence_cases(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, year "
                       "INTEGER NOT NULL, seq INTEGER NOT NULL, procedure TEXT NOT NULL, channel TEXT NOT NULL, state "
                       "TEXT NOT NULL, declarant_name TEXT NOT NULL, declarant_id_number TEXT NOT NULL, "
                       "intake_sealed TEXT NOT NULL, fee_vnd INTEGER NOT NULL DEFAULT 0, received_at TEXT NOT NULL, "
                       "due_at TEXT NOT NULL, assigned_to TEXT NOT NULL DEFAULT '', completion_request TEXT NOT NULL "
                       "DEFAULT '', refusal_reasons TEXT NOT NULL DEFAULT '', decided_at TEXT, returned_at TEXT, "
                       "UNIQUE(year, seq))"),
        QStringLiteral("CREATE INDEX residence_cases_state_due ON residence_cases(state, due_at)"),
        QStringLiteral("CREATE INDEX residence_cases_officer ON residence_cases(assigned_to, state, due_at)"),
        QStringLiteral("CREATE INDEX residence_cases_procedure ON residence_cases(procedure, state, due_at)"),
        QStringLiteral("CREATE INDEX residence_cases_declarant ON residence_cases(declarant_id_number, procedure)"),
        QStringLiteral("CREATE TABLE residence_case_events(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL "
                       "REFERENCES residence_cases(id), from_state TEXT NOT NULL, to_state TEXT NOT NULL, operator "
                       "TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX residence_case_events_case ON residence_case_events(case_id)"),
        // Accommodation notices.
        QStringLiteral("CREATE TABLE residence_lodgings(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT "
                       "NULL, address_id INTEGER NOT NULL REFERENCES residence_addresses(id), keeper_name TEXT NOT "
                       "NULL DEFAULT '', phone_sealed TEXT NOT NULL DEFAULT '', remote_area INTEGER NOT NULL DEFAULT "
                       "0)"),
        QStringLiteral("CREATE TABLE residence_guest_notices(id INTEGER PRIMARY KEY, lodging_id INTEGER NOT NULL "
                       "REFERENCES residence_lodgings(id), guest_name TEXT NOT NULL, document_number TEXT NOT NULL, "
                       "passport INTEGER NOT NULL DEFAULT 0, nationality TEXT NOT NULL, arrival_at TEXT NOT NULL, "
                       "leave_on TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', notified_at TEXT, deadline_at TEXT "
                       "NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX residence_guest_notices_arrival ON residence_guest_notices(arrival_at)"),
        QStringLiteral("CREATE INDEX residence_guest_notices_lodging ON residence_guest_notices(lodging_id, "
                       "arrival_at)"),
    };
    return {v1};
}

} // namespace motcua::residence
