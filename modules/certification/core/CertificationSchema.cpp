#include "CertificationSchema.h"

namespace motcua::certification {

QList<Migration> schemaMigrations()
{
    Migration m;
    m.module = QStringLiteral("certification");
    m.version = 1;
    m.description = QStringLiteral("certification register, closings, refusals, outbox");
    m.statements = {
        QStringLiteral("CREATE TABLE cert_register ("
                       " id INTEGER PRIMARY KEY,"
                       " year INTEGER NOT NULL, book TEXT NOT NULL, number INTEGER NOT NULL,"
                       " type_code TEXT NOT NULL, cert_number TEXT NOT NULL UNIQUE, cert_date TEXT NOT NULL,"
                       " requester_name TEXT NOT NULL, requester_id TEXT NOT NULL, document_name TEXT NOT NULL,"
                       " issuing_body TEXT NOT NULL, pages INTEGER NOT NULL, copies INTEGER NOT NULL,"
                       " fee INTEGER NOT NULL, officer TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'certified',"
                       " cancel_reason TEXT, file_ref TEXT, document_hash TEXT, created_at TEXT NOT NULL,"
                       " UNIQUE(year, book, number))"),
        QStringLiteral(
            "CREATE TABLE cert_closings (year INTEGER NOT NULL, book TEXT NOT NULL, entries INTEGER NOT NULL,"
            " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL, PRIMARY KEY(year, book))"),
        QStringLiteral("CREATE TABLE cert_refusals (id INTEGER PRIMARY KEY, refused_at TEXT NOT NULL,"
                       " requester_name TEXT NOT NULL, document_name TEXT NOT NULL, ground INTEGER NOT NULL,"
                       " note TEXT, officer TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE cert_outbox (cert_number TEXT PRIMARY KEY, file_path TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at TEXT NOT NULL, last_error TEXT, delivered_at TEXT)"),
        // The register is kept permanently: rows are never deleted, their identity never edited, a cancellation
        // is final, and a closed book takes no more entries. The triggers hold even against a careless query.
        QStringLiteral("CREATE TRIGGER cert_register_no_delete BEFORE DELETE ON cert_register"
                       " BEGIN SELECT RAISE(ABORT, 'certification register rows are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER cert_register_fixed BEFORE UPDATE OF year, book, number, type_code, cert_number,"
                       " cert_date, requester_name, requester_id, document_name, issuing_body, pages, copies, fee,"
                       " officer, created_at ON cert_register"
                       " BEGIN SELECT RAISE(ABORT, 'certification register entries cannot be edited'); END"),
        // The copy's hash is known only once the attestation page is built, inside the entering transaction.
        QStringLiteral("CREATE TRIGGER cert_register_hash_once BEFORE UPDATE OF document_hash ON cert_register"
                       " WHEN OLD.document_hash IS NOT NULL"
                       " BEGIN SELECT RAISE(ABORT, 'the document hash of an entry is fixed'); END"),
        QStringLiteral("CREATE TRIGGER cert_register_cancel_final BEFORE UPDATE OF status ON cert_register"
                       " WHEN OLD.status = 'cancelled' OR NEW.status <> 'cancelled'"
                       " BEGIN SELECT RAISE(ABORT, 'only a cancellation may change an entry'); END"),
        QStringLiteral("CREATE TRIGGER cert_register_closed_book BEFORE INSERT ON cert_register"
                       " WHEN EXISTS (SELECT 1 FROM cert_closings WHERE year = NEW.year AND book = NEW.book)"
                       " BEGIN SELECT RAISE(ABORT, 'the register book is closed'); END"),
        QStringLiteral("CREATE TRIGGER cert_closings_no_delete BEFORE DELETE ON cert_closings"
                       " BEGIN SELECT RAISE(ABORT, 'closings are permanent'); END"),
    };
    Migration books;
    books.module = m.module;
    books.version = 2;
    books.description = QStringLiteral("register books opened by the administrator");
    books.statements = {
        QStringLiteral("CREATE TABLE cert_books (year INTEGER NOT NULL, book TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL, PRIMARY KEY(year, book))"),
        QStringLiteral("CREATE TRIGGER cert_books_no_delete BEFORE DELETE ON cert_books"
                       " BEGIN SELECT RAISE(ABORT, 'register books are permanent'); END"),
    };
    return {m, books};
}

} // namespace motcua::certification
