#include "core/migrations.h"

#include "core/sqlutil.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>

Q_LOGGING_CATEGORY(lcMigrations, "thana.core.migrations")

namespace thana::core::migrations {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(thana::core::Migrations)
};

// Each step is a script of statements separated by lines holding only ";;".
// Never edit a step once released: add a new one.

// 1: the station, its users and the change log every write appends to.
const char* const v1 = R"SQL(
CREATE TABLE meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL)
;;
CREATE TABLE change_log(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    uid TEXT NOT NULL,
    op TEXT NOT NULL CHECK(op IN ('insert','update')),
    payload TEXT NOT NULL,
    actor_uid TEXT,
    at TEXT NOT NULL)
;;
CREATE INDEX change_log_uid ON change_log(uid)
;;
CREATE TABLE station(
    uid TEXT PRIMARY KEY,
    state_code TEXT NOT NULL,
    state_name TEXT NOT NULL,
    district_code TEXT NOT NULL,
    district_name TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_local TEXT NOT NULL,
    language TEXT NOT NULL CHECK(language IN ('hi','mr')),
    training INTEGER NOT NULL DEFAULT 0,
    created_by TEXT,
    created_at TEXT NOT NULL)
;;
CREATE TABLE users(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL,
    rank TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK(role IN ('sho','io','writer','trainer','admin')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_by TEXT,
    created_at TEXT NOT NULL)
;;
CREATE TABLE login_state(
    user_uid TEXT PRIMARY KEY REFERENCES users(uid),
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT)
;;
CREATE TABLE counters(
    name TEXT NOT NULL,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY(name, station_code, year)) WITHOUT ROWID
)SQL";

// 2: persons, the General Diary and complaints.
const char* const v2 = R"SQL(
CREATE TABLE persons(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    name_local TEXT NOT NULL DEFAULT '',
    relative_kind TEXT NOT NULL DEFAULT '',
    relative_name TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL CHECK(gender IN ('M','F','T','U')),
    birth_date TEXT,
    age_years INTEGER CHECK(age_years IS NULL OR (age_years >= 0 AND age_years <= 130)),
    age_on TEXT,
    phone TEXT NOT NULL DEFAULT '',
    address_present TEXT NOT NULL DEFAULT '',
    address_permanent TEXT NOT NULL DEFAULT '',
    id_documents TEXT NOT NULL DEFAULT '[]',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK(name_en <> '' OR name_local <> ''))
;;
CREATE TABLE gd_entries(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    entry_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL CHECK(summary <> ''),
    officer_uid TEXT NOT NULL REFERENCES users(uid),
    corrects_uid TEXT REFERENCES gd_entries(uid),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX gd_entries_at ON gd_entries(entry_at)
;;
CREATE TRIGGER gd_entries_no_update BEFORE UPDATE ON gd_entries
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: General Diary entries are never edited'); END
;;
CREATE TRIGGER gd_entries_no_delete BEFORE DELETE ON gd_entries
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: General Diary entries are never deleted'); END
;;
CREATE TABLE complaints(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    received_at TEXT NOT NULL,
    mode TEXT NOT NULL CHECK(mode IN ('in_person','post','email','portal','call_112')),
    complainant_uid TEXT NOT NULL REFERENCES persons(uid),
    subject TEXT NOT NULL CHECK(subject <> ''),
    narrative TEXT NOT NULL CHECK(narrative <> ''),
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    action TEXT NOT NULL DEFAULT 'pending' CHECK(action IN ('pending','fir','ncr','enquiry','closed')),
    action_note TEXT NOT NULL DEFAULT '',
    fir_uid TEXT,
    action_at TEXT,
    action_by TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX complaints_received ON complaints(received_at)
;;
CREATE INDEX complaints_complainant ON complaints(complainant_uid)
)SQL";

// 3: master data (acts and sections) and FIRs with their sections, parties and amendments.
const char* const v3 = R"SQL(
CREATE TABLE acts(
    code TEXT PRIMARY KEY,
    short_en TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT)
;;
CREATE TABLE sections(
    id INTEGER PRIMARY KEY,
    act_code TEXT NOT NULL REFERENCES acts(code),
    section TEXT NOT NULL,
    title_en TEXT NOT NULL,
    max_punishment TEXT NOT NULL,
    min_years INTEGER,
    cognizable INTEGER,
    sexual_offence INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    UNIQUE(act_code, section))
;;
CREATE TABLE firs(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    registered_at TEXT NOT NULL,
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    complaint_uid TEXT REFERENCES complaints(uid),
    info_received_at TEXT NOT NULL,
    info_mode TEXT NOT NULL CHECK(info_mode IN ('oral','written','efir')),
    occurrence_from TEXT NOT NULL,
    occurrence_to TEXT NOT NULL,
    place_address TEXT NOT NULL,
    beat TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '',
    distance_km REAL NOT NULL DEFAULT 0,
    unknown_accused INTEGER NOT NULL DEFAULT 0,
    unknown_accused_description TEXT NOT NULL DEFAULT '',
    delay_reason TEXT NOT NULL DEFAULT '',
    property_description TEXT NOT NULL DEFAULT '',
    property_value INTEGER NOT NULL DEFAULT 0,
    first_information TEXT NOT NULL,
    action_taken TEXT NOT NULL DEFAULT '',
    io_uid TEXT REFERENCES users(uid),
    zero_fir INTEGER NOT NULL DEFAULT 0,
    zero_fir_origin TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX firs_registered ON firs(registered_at)
;;
CREATE INDEX firs_io ON firs(io_uid)
;;
CREATE TABLE fir_sections(
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    act_code TEXT NOT NULL,
    section TEXT NOT NULL,
    amendment_uid TEXT,
    PRIMARY KEY(fir_uid, act_code, section),
    FOREIGN KEY(act_code, section) REFERENCES sections(act_code, section)) WITHOUT ROWID
;;
CREATE INDEX fir_sections_section ON fir_sections(act_code, section)
;;
CREATE TABLE fir_parties(
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    person_uid TEXT NOT NULL REFERENCES persons(uid),
    kind TEXT NOT NULL CHECK(kind IN ('complainant','victim','accused')),
    accused_status TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY(fir_uid, kind, person_uid)) WITHOUT ROWID
;;
CREATE INDEX fir_parties_person ON fir_parties(person_uid)
;;
CREATE TABLE fir_amendments(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK(reason <> ''),
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE INDEX fir_amendments_fir ON fir_amendments(fir_uid)
;;
CREATE TRIGGER firs_no_update BEFORE UPDATE ON firs
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a registered FIR is amended, never edited'); END
;;
CREATE TRIGGER firs_no_delete BEFORE DELETE ON firs
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a registered FIR is never deleted'); END
;;
CREATE TRIGGER fir_sections_no_update BEFORE UPDATE ON fir_sections
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: FIR sections change only by amendment'); END
;;
CREATE TRIGGER fir_sections_no_delete BEFORE DELETE ON fir_sections
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: FIR sections change only by amendment'); END
;;
CREATE TRIGGER fir_parties_no_update BEFORE UPDATE ON fir_parties
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: FIR parties change only by amendment'); END
;;
CREATE TRIGGER fir_parties_no_delete BEFORE DELETE ON fir_parties
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: FIR parties change only by amendment'); END
;;
CREATE TRIGGER fir_amendments_no_update BEFORE UPDATE ON fir_amendments
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: amendments are never edited'); END
;;
CREATE TRIGGER fir_amendments_no_delete BEFORE DELETE ON fir_amendments
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: amendments are never deleted'); END
)SQL";

// 4: person search by any part of a name, English or Devanagari (trigram full-text index).
const char* const v4 = R"SQL(
CREATE VIRTUAL TABLE person_search USING fts5(
    names, content='', tokenize='trigram')
;;
INSERT INTO person_search(rowid, names)
    SELECT id, name_en || ' ' || name_local || ' ' || relative_name FROM persons
;;
CREATE TRIGGER persons_search_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO person_search(rowid, names)
        VALUES (new.id, new.name_en || ' ' || new.name_local || ' ' || new.relative_name);
END
;;
CREATE TRIGGER persons_search_update AFTER UPDATE OF name_en, name_local, relative_name ON persons
BEGIN
    INSERT INTO person_search(person_search, rowid, names)
        VALUES ('delete', old.id, old.name_en || ' ' || old.name_local || ' ' || old.relative_name);
    INSERT INTO person_search(rowid, names)
        VALUES (new.id, new.name_en || ' ' || new.name_local || ' ' || new.relative_name);
END
)SQL";

// Counting pending complaints for the dashboard without reading every complaint.
const char* const v5 = R"SQL(
CREATE INDEX complaints_action ON complaints(action)
)SQL";

// Synchronisation with the State Data Centre: the change log is the outbox. Each change
// names the transaction it was written in, so a transaction travels whole; the ledger
// remembers what the State Data Centre has acknowledged and where the station's feed
// was read up to; what the feed brings down is kept as it came.
const char* const v6 = R"SQL(
ALTER TABLE change_log ADD COLUMN tx TEXT
;;
CREATE TABLE sync_state(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL) WITHOUT ROWID
;;
CREATE TABLE feed_items(
    id INTEGER PRIMARY KEY,
    cursor INTEGER NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    uid TEXT NOT NULL,
    title TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL)
)SQL";

// The case after the FIR: who investigates it, arrests and surrenders (IIF-III), the
// case diary, and the final report (IIF-V). Arrests and diary entries are never edited.
const char* const v7 = R"SQL(
CREATE TABLE case_io(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    io_uid TEXT NOT NULL REFERENCES users(uid),
    reason TEXT NOT NULL CHECK(reason <> ''),
    assigned_by TEXT NOT NULL REFERENCES users(uid),
    assigned_at TEXT NOT NULL)
;;
CREATE INDEX case_io_fir ON case_io(fir_uid, id)
;;
CREATE TABLE arrests(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    person_uid TEXT NOT NULL REFERENCES persons(uid),
    accused_code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('arrest','surrender')),
    at TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    court TEXT NOT NULL DEFAULT '',
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    outcome TEXT NOT NULL CHECK(outcome IN ('sent_up','police_bail','court_bail','judicial_custody','police_custody')),
    remanded_at TEXT,
    informed TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(fir_uid, accused_code),
    UNIQUE(fir_uid, person_uid))
;;
CREATE TRIGGER arrests_no_update BEFORE UPDATE ON arrests
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: an arrest memo is never edited'); END
;;
CREATE TRIGGER arrests_no_delete BEFORE DELETE ON arrests
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: an arrest memo is never deleted'); END
;;
CREATE TABLE case_diary(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    number INTEGER NOT NULL CHECK(number > 0),
    at TEXT NOT NULL,
    text TEXT NOT NULL CHECK(text <> ''),
    informs_victim INTEGER NOT NULL DEFAULT 0,
    io_uid TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(fir_uid, number))
;;
CREATE TRIGGER case_diary_no_update BEFORE UPDATE ON case_diary
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a case diary entry is never edited'); END
;;
CREATE TRIGGER case_diary_no_delete BEFORE DELETE ON case_diary
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a case diary entry is never deleted'); END
;;
CREATE TABLE final_reports(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    kind TEXT NOT NULL CHECK(kind IN ('chargesheet','closure')),
    summary TEXT NOT NULL CHECK(summary <> ''),
    status TEXT NOT NULL CHECK(status IN ('draft','approved')),
    drafted_by TEXT NOT NULL REFERENCES users(uid),
    drafted_at TEXT NOT NULL,
    approved_by TEXT REFERENCES users(uid),
    approved_at TEXT)
;;
CREATE INDEX final_reports_fir ON final_reports(fir_uid)
;;
CREATE TABLE efir_signatures(
    fir_uid TEXT PRIMARY KEY REFERENCES firs(uid),
    signed_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL) WITHOUT ROWID
)SQL";

// One person across cases: keys under which English and Devanagari spellings of a name
// fall together (kept by the store, never sent), and merges of duplicates, recorded and
// undoable. A merge changes no record; it says which identity stands for which.
const char* const v8 = R"SQL(
CREATE TABLE person_keys(
    uid TEXT PRIMARY KEY REFERENCES persons(uid),
    name_key TEXT NOT NULL,
    local_key TEXT NOT NULL,
    relative_key TEXT NOT NULL) WITHOUT ROWID
;;
CREATE INDEX person_keys_name ON person_keys(name_key)
;;
CREATE INDEX person_keys_local ON person_keys(local_key)
;;
CREATE TABLE person_merges(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    from_uid TEXT NOT NULL REFERENCES persons(uid),
    into_uid TEXT NOT NULL REFERENCES persons(uid),
    reason TEXT NOT NULL CHECK(reason <> ''),
    merged_by TEXT NOT NULL REFERENCES users(uid),
    merged_at TEXT NOT NULL,
    undone_by TEXT REFERENCES users(uid),
    undone_at TEXT,
    CHECK(from_uid <> into_uid))
;;
CREATE INDEX person_merges_from ON person_merges(from_uid)
)SQL";

// Property and evidence of a case and its end in court: seizures (IIF-IV) entering the
// property store (malkhana) with every movement of custody, evidence files kept by their
// SHA-256, court disposal (IIF-VI) and appeal (IIF-VII). Nothing here is edited.
const char* const v9 = R"SQL(
CREATE TABLE seizures(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    property_type TEXT NOT NULL,
    description TEXT NOT NULL CHECK(description <> ''),
    value INTEGER NOT NULL DEFAULT 0 CHECK(value >= 0),
    nature TEXT NOT NULL CHECK(nature IN ('stolen','recovered','seized','unclaimed')),
    seized_at TEXT NOT NULL,
    place TEXT NOT NULL,
    witnesses TEXT NOT NULL CHECK(witnesses <> ''),
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    seized_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX seizures_fir ON seizures(fir_uid)
;;
CREATE TABLE custody_moves(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    seizure_uid TEXT NOT NULL REFERENCES seizures(uid),
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('deposited','to_lab','from_lab','to_court','from_court','returned','disposed')),
    party TEXT NOT NULL CHECK(party <> ''),
    reference TEXT NOT NULL DEFAULT '',
    moved_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE INDEX custody_moves_seizure ON custody_moves(seizure_uid, id)
;;
CREATE TABLE evidence_files(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK(length(sha256) = 64),
    size INTEGER NOT NULL,
    description TEXT NOT NULL CHECK(description <> ''),
    collected_at TEXT NOT NULL,
    added_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(fir_uid, sha256))
;;
CREATE TABLE court_disposals(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL UNIQUE REFERENCES firs(uid),
    court TEXT NOT NULL CHECK(court <> ''),
    case_number TEXT NOT NULL CHECK(case_number <> ''),
    disposal TEXT NOT NULL CHECK(disposal IN ('convicted','acquitted','discharged','compounded')),
    disposed_at TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE TABLE appeals(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    disposal_uid TEXT NOT NULL REFERENCES court_disposals(uid),
    court TEXT NOT NULL CHECK(court <> ''),
    filed_at TEXT NOT NULL,
    result TEXT NOT NULL CHECK(result IN ('upheld','reversed','modified','remanded','dismissed')),
    decided_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE TRIGGER seizures_no_update BEFORE UPDATE ON seizures
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a seizure memo is never edited'); END
;;
CREATE TRIGGER custody_moves_no_update BEFORE UPDATE ON custody_moves
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a movement of property is never edited'); END
;;
CREATE TRIGGER custody_moves_no_delete BEFORE DELETE ON custody_moves
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a movement of property is never deleted'); END
)SQL";

// The rest of the investigation: crime details (IIF-II, each version kept), witnesses'
// statements, transfer of a case to another station or agency, and the final report's
// dispatch to court.
const char* const v10 = R"SQL(
CREATE TABLE crime_details(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    crime_head TEXT NOT NULL CHECK(crime_head <> ''),
    sub_head TEXT NOT NULL DEFAULT '',
    modus_operandi TEXT NOT NULL DEFAULT '',
    place_type TEXT NOT NULL DEFAULT '',
    motive TEXT NOT NULL DEFAULT '',
    scene TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    recorded_at TEXT NOT NULL)
;;
CREATE INDEX crime_details_fir ON crime_details(fir_uid, id)
;;
CREATE TABLE statements(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    person_uid TEXT NOT NULL REFERENCES persons(uid),
    role TEXT NOT NULL CHECK(role IN ('witness','victim','complainant','expert')),
    recorded_at TEXT NOT NULL,
    text TEXT NOT NULL CHECK(text <> ''),
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE INDEX statements_fir ON statements(fir_uid)
;;
CREATE TRIGGER statements_no_update BEFORE UPDATE ON statements
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a recorded statement is never edited'); END
;;
CREATE TABLE case_transfers(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    fir_uid TEXT NOT NULL UNIQUE REFERENCES firs(uid),
    to_unit TEXT NOT NULL CHECK(to_unit <> ''),
    reason TEXT NOT NULL CHECK(reason <> ''),
    order_reference TEXT NOT NULL DEFAULT '',
    transferred_by TEXT NOT NULL REFERENCES users(uid),
    transferred_at TEXT NOT NULL)
;;
ALTER TABLE final_reports ADD COLUMN court TEXT
;;
ALTER TABLE final_reports ADD COLUMN dispatched_at TEXT
)SQL";

// Tamper evidence: the General Diary and the FIR register as hash chains. Each link
// holds the SHA-256 of its record's content and of the link before it; links are
// written with their records and never changed.
const char* const v11 = R"SQL(
CREATE TABLE register_chain(
    register TEXT NOT NULL CHECK(register IN ('gd','fir')),
    position INTEGER NOT NULL CHECK(position > 0),
    record_uid TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL CHECK(length(content_hash) = 64),
    chain_hash TEXT NOT NULL CHECK(length(chain_hash) = 64),
    PRIMARY KEY(register, position)) WITHOUT ROWID
;;
CREATE TRIGGER register_chain_no_update BEFORE UPDATE ON register_chain
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a link of a register chain is never changed'); END
;;
CREATE TRIGGER register_chain_no_delete BEFORE DELETE ON register_chain
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a link of a register chain is never deleted'); END
)SQL";

// The station's other registers: missing persons, unidentified dead bodies and persons
// found who cannot say who they are (described alike, so they can be matched), history
// sheets, summons and warrants from the courts, and visitors. Each register numbers its
// entries per station per year. What happens later (traced, identified, closed, served)
// is a new row; nothing here is edited, except a visitor's time of leaving, written once.
const char* const v12 = R"SQL(
CREATE TABLE missing_persons(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    name TEXT NOT NULL CHECK(name <> ''),
    gender TEXT NOT NULL CHECK(gender IN ('M','F','T','U')),
    age_min INTEGER NOT NULL CHECK(age_min >= 0 AND age_min <= 120),
    age_max INTEGER NOT NULL CHECK(age_max >= age_min AND age_max <= 120),
    height_cm INTEGER CHECK(height_cm IS NULL OR (height_cm >= 30 AND height_cm <= 250)),
    build TEXT NOT NULL DEFAULT '',
    complexion TEXT NOT NULL DEFAULT '',
    marks TEXT NOT NULL DEFAULT '',
    clothing TEXT NOT NULL DEFAULT '',
    missing_since TEXT NOT NULL,
    last_seen_place TEXT NOT NULL CHECK(last_seen_place <> ''),
    reported_by TEXT NOT NULL REFERENCES persons(uid),
    reported_at TEXT NOT NULL,
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX missing_persons_reported ON missing_persons(reported_at)
;;
CREATE TABLE missing_traces(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    missing_uid TEXT NOT NULL UNIQUE REFERENCES missing_persons(uid),
    traced_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK(place <> ''),
    how TEXT NOT NULL CHECK(how <> ''),
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE TABLE unidentified_bodies(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    found_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK(place <> ''),
    gender TEXT NOT NULL CHECK(gender IN ('M','F','T','U')),
    age_min INTEGER NOT NULL CHECK(age_min >= 0 AND age_min <= 120),
    age_max INTEGER NOT NULL CHECK(age_max >= age_min AND age_max <= 120),
    height_cm INTEGER CHECK(height_cm IS NULL OR (height_cm >= 30 AND height_cm <= 250)),
    build TEXT NOT NULL DEFAULT '',
    complexion TEXT NOT NULL DEFAULT '',
    marks TEXT NOT NULL DEFAULT '',
    clothing TEXT NOT NULL DEFAULT '',
    probable_cause TEXT NOT NULL DEFAULT '',
    inquest_note TEXT NOT NULL CHECK(inquest_note <> ''),
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX unidentified_bodies_found ON unidentified_bodies(found_at)
;;
CREATE TABLE body_identifications(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    body_uid TEXT NOT NULL UNIQUE REFERENCES unidentified_bodies(uid),
    identified_at TEXT NOT NULL,
    identified_as TEXT NOT NULL CHECK(identified_as <> ''),
    person_uid TEXT REFERENCES persons(uid),
    identified_by TEXT NOT NULL CHECK(identified_by <> ''),
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE TABLE found_persons(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    name TEXT NOT NULL DEFAULT '',
    found_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK(place <> ''),
    gender TEXT NOT NULL CHECK(gender IN ('M','F','T','U')),
    age_min INTEGER NOT NULL CHECK(age_min >= 0 AND age_min <= 120),
    age_max INTEGER NOT NULL CHECK(age_max >= age_min AND age_max <= 120),
    height_cm INTEGER CHECK(height_cm IS NULL OR (height_cm >= 30 AND height_cm <= 250)),
    build TEXT NOT NULL DEFAULT '',
    complexion TEXT NOT NULL DEFAULT '',
    marks TEXT NOT NULL DEFAULT '',
    clothing TEXT NOT NULL DEFAULT '',
    placed_with TEXT NOT NULL CHECK(placed_with <> ''),
    gd_uid TEXT NOT NULL REFERENCES gd_entries(uid),
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX found_persons_found ON found_persons(found_at)
;;
CREATE TABLE history_sheets(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    person_uid TEXT NOT NULL REFERENCES persons(uid),
    category TEXT NOT NULL CHECK(category <> ''),
    grounds TEXT NOT NULL CHECK(grounds <> ''),
    opened_at TEXT NOT NULL,
    opened_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX history_sheets_opened ON history_sheets(opened_at)
;;
CREATE INDEX history_sheets_person ON history_sheets(person_uid)
;;
CREATE TABLE history_sheet_firs(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    sheet_uid TEXT NOT NULL REFERENCES history_sheets(uid),
    fir_uid TEXT NOT NULL REFERENCES firs(uid),
    linked_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(sheet_uid, fir_uid))
;;
CREATE TABLE history_sheet_closures(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    sheet_uid TEXT NOT NULL UNIQUE REFERENCES history_sheets(uid),
    closed_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK(reason <> ''),
    closed_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE TABLE processes(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    kind TEXT NOT NULL CHECK(kind IN ('summons','bailable_warrant','non_bailable_warrant','proclamation')),
    court TEXT NOT NULL CHECK(court <> ''),
    case_reference TEXT NOT NULL CHECK(case_reference <> ''),
    person_name TEXT NOT NULL CHECK(person_name <> ''),
    person_address TEXT NOT NULL DEFAULT '',
    person_uid TEXT REFERENCES persons(uid),
    received_at TEXT NOT NULL,
    due_date TEXT NOT NULL,
    assigned_to TEXT NOT NULL REFERENCES users(uid),
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    UNIQUE(station_code, year, number))
;;
CREATE INDEX processes_received ON processes(received_at)
;;
CREATE TABLE process_events(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    process_uid TEXT NOT NULL REFERENCES processes(uid),
    kind TEXT NOT NULL CHECK(kind IN ('served','unserved','returned')),
    at TEXT NOT NULL,
    how TEXT NOT NULL DEFAULT '',
    served_on TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL)
;;
CREATE INDEX process_events_process ON process_events(process_uid, id)
;;
CREATE TABLE visitors(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    station_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    name TEXT NOT NULL CHECK(name <> ''),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL CHECK(purpose <> ''),
    whom_met TEXT NOT NULL CHECK(whom_met <> ''),
    in_at TEXT NOT NULL,
    out_at TEXT,
    created_by TEXT NOT NULL REFERENCES users(uid),
    created_at TEXT NOT NULL,
    CHECK(out_at IS NULL OR out_at >= in_at),
    UNIQUE(station_code, year, number))
;;
CREATE INDEX visitors_in ON visitors(in_at)
;;
CREATE TRIGGER visitors_out_once BEFORE UPDATE ON visitors
WHEN old.out_at IS NOT NULL OR new.uid IS NOT old.uid OR new.station_code IS NOT old.station_code OR new.year IS NOT old.year
    OR new.number IS NOT old.number OR new.name IS NOT old.name OR new.address IS NOT old.address OR new.phone IS NOT old.phone
    OR new.purpose IS NOT old.purpose OR new.whom_met IS NOT old.whom_met OR new.in_at IS NOT old.in_at
    OR new.created_by IS NOT old.created_by OR new.created_at IS NOT old.created_at
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a visitor''s entry is never edited; the time of leaving is written once'); END
;;
CREATE TRIGGER visitors_no_delete BEFORE DELETE ON visitors
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a visitor''s entry is never deleted'); END
;;
CREATE TRIGGER missing_persons_no_update BEFORE UPDATE ON missing_persons
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a missing person''s report is never edited'); END
;;
CREATE TRIGGER missing_persons_no_delete BEFORE DELETE ON missing_persons
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a missing person''s report is never deleted'); END
;;
CREATE TRIGGER missing_traces_no_update BEFORE UPDATE ON missing_traces
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the tracing of a missing person is never edited'); END
;;
CREATE TRIGGER missing_traces_no_delete BEFORE DELETE ON missing_traces
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the tracing of a missing person is never deleted'); END
;;
CREATE TRIGGER unidentified_bodies_no_update BEFORE UPDATE ON unidentified_bodies
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the record of an unidentified body is never edited'); END
;;
CREATE TRIGGER unidentified_bodies_no_delete BEFORE DELETE ON unidentified_bodies
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the record of an unidentified body is never deleted'); END
;;
CREATE TRIGGER body_identifications_no_update BEFORE UPDATE ON body_identifications
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the identification of a body is never edited'); END
;;
CREATE TRIGGER body_identifications_no_delete BEFORE DELETE ON body_identifications
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the identification of a body is never deleted'); END
;;
CREATE TRIGGER found_persons_no_update BEFORE UPDATE ON found_persons
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the record of a found person is never edited'); END
;;
CREATE TRIGGER found_persons_no_delete BEFORE DELETE ON found_persons
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the record of a found person is never deleted'); END
;;
CREATE TRIGGER history_sheets_no_update BEFORE UPDATE ON history_sheets
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a history sheet is never edited'); END
;;
CREATE TRIGGER history_sheets_no_delete BEFORE DELETE ON history_sheets
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a history sheet is never deleted'); END
;;
CREATE TRIGGER history_sheet_firs_no_update BEFORE UPDATE ON history_sheet_firs
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a case linked to a history sheet is never edited'); END
;;
CREATE TRIGGER history_sheet_firs_no_delete BEFORE DELETE ON history_sheet_firs
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a case linked to a history sheet is never deleted'); END
;;
CREATE TRIGGER history_sheet_closures_no_update BEFORE UPDATE ON history_sheet_closures
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the closure of a history sheet is never edited'); END
;;
CREATE TRIGGER history_sheet_closures_no_delete BEFORE DELETE ON history_sheet_closures
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: the closure of a history sheet is never deleted'); END
;;
CREATE TRIGGER processes_no_update BEFORE UPDATE ON processes
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a process received from a court is never edited'); END
;;
CREATE TRIGGER processes_no_delete BEFORE DELETE ON processes
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a process received from a court is never deleted'); END
;;
CREATE TRIGGER process_events_no_update BEFORE UPDATE ON process_events
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a report of service is never edited'); END
;;
CREATE TRIGGER process_events_no_delete BEFORE DELETE ON process_events
BEGIN SELECT RAISE(ABORT, 'THANA_IMMUTABLE: a report of service is never deleted'); END
)SQL";

const std::array<const char*, 12> steps = { v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12 };

} // namespace

int latest()
{
    return int(steps.size());
}

int currentVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> upgrade(const QSqlDatabase& db, int target)
{
    if (target < 0)
        target = latest();
    const int current = currentVersion(db);
    if (current > latest())
        return Error { QStringLiteral("schema.newer"),
                       Tr::tr("This station store was written by a newer version of Thana (schema %1; this program knows up to %2). It has not been changed. Install the newer version to open it.")
                           .arg(current)
                           .arg(latest()),
                       {} };
    for (int version = current + 1; version <= target; ++version) {
        QSqlDatabase conn = db;
        if (!conn.transaction())
            return sql::dbError(conn);
        auto applied = sql::execScript(conn, QString::fromUtf8(steps.at(size_t(version - 1))));
        if (applied) {
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                applied = sql::dbError(q);
        }
        if (!applied) {
            conn.rollback();
            return Error { QStringLiteral("schema.migration"),
                           Tr::tr("Upgrading the station store to schema %1 failed; nothing was changed. %2")
                               .arg(version)
                               .arg(applied.error().message),
                           {} };
        }
        if (!conn.commit())
            return sql::dbError(conn);
        qCInfo(lcMigrations) << "store upgraded to schema" << version;
    }
    return {};
}

} // namespace thana::core::migrations
