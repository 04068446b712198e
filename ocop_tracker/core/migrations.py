"""The schema, as numbered migrations applied in order (sqlite-utils Migrations).

Each migration is recorded by name in the database, so a released name never changes;
number 0002 was never released.
"""

from __future__ import annotations

import re

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("ocop_tracker")


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (db.execute runs one at a time)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def _trigger_aware_statements(script: str) -> list[str]:
    """Split a schema script on ';' except inside CREATE TRIGGER ... END bodies."""
    statements: list[str] = []
    current: list[str] = []
    for piece in script.split(";"):
        current.append(piece)
        text = ";".join(current).strip()
        if not text:
            current = []
            continue
        if text.upper().startswith("CREATE TRIGGER") and not text.upper().endswith("END"):
            continue
        statements.append(text)
        current = []
    return statements


SCHEMA_0001 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    organiser TEXT NOT NULL,
    venue TEXT NOT NULL,
    event_date TEXT NOT NULL,          -- ISO date, Vietnam calendar
    starts_at TEXT NOT NULL,           -- ISO date-time +07:00: first session
    attendees_expected INTEGER NOT NULL DEFAULT 0 CHECK (attendees_expected >= 0),
    archived INTEGER NOT NULL DEFAULT 0,
    source_file TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT 'huyen'  -- huyen | thanh_pho | xa
);
CREATE TABLE event_agencies (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    role TEXT NOT NULL,                -- to_chuc | thuc_hien | phan_cong | khach_moi
    PRIMARY KEY (event_id, agency_id, role)
);
CREATE TABLE communes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                -- xã | thị trấn
    position INTEGER NOT NULL
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    code TEXT NOT NULL,                -- stable key within the event, e.g. III.2-05
    section TEXT NOT NULL,
    title TEXT NOT NULL,
    source_text TEXT NOT NULL DEFAULT '',
    lead_agency_id INTEGER NOT NULL REFERENCES agencies(id),
    due_at TEXT NOT NULL,              -- ISO date-time +07:00
    recurrence TEXT,                   -- e.g. weekly:6,7 (ISO weekdays), NULL = one-off
    status TEXT NOT NULL DEFAULT 'chua_bat_dau'
        CHECK (status IN ('chua_bat_dau', 'dang_thuc_hien', 'hoan_thanh', 'vuong_mac')),
    note TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    UNIQUE (event_id, code)
);
CREATE INDEX tasks_event_lead ON tasks(event_id, lead_agency_id);
CREATE INDEX tasks_event_due ON tasks(event_id, due_at);
CREATE TABLE task_supporters (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    PRIMARY KEY (task_id, agency_id)
);
CREATE INDEX task_supporters_agency ON task_supporters(agency_id);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,                  -- ISO date-time +07:00
    actor TEXT NOT NULL,
    actor_agency_id INTEGER,
    event_id INTEGER,
    entity TEXT NOT NULL,              -- task | booth | ...
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX history_entity ON history(entity, entity_id);
CREATE INDEX history_event_at ON history(event_id, at);
"""


@migrations(name="0001_foundation")
def m0001_foundation(db: Database) -> None:
    """Events, units, communes, tasks, history."""
    for statement in _statements(SCHEMA_0001):
        db.execute(statement)


SCHEMA_0003 = """
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    producer TEXT NOT NULL CHECK (length(trim(producer)) > 0),
    producer_kind TEXT NOT NULL
        CHECK (producer_kind IN ('doanh_nghiep', 'htx', 'to_hop_tac', 'ho_kinh_doanh')),
    commune_id INTEGER NOT NULL REFERENCES communes(id),
    product_group TEXT NOT NULL CHECK (product_group IN ('I', 'II', 'III', 'IV', 'V', 'VI')),
    stars INTEGER NOT NULL CHECK (stars BETWEEN 3 AND 5),
    decision_no TEXT NOT NULL DEFAULT '',
    decision_date TEXT,                -- ISO date of the certifying decision
    expires_on TEXT,                   -- ISO date: decision date + 36 months
    newly_recognised INTEGER NOT NULL DEFAULT 0 CHECK (newly_recognised IN (0, 1)),
    match_key TEXT NOT NULL,           -- NFC + casefold of name|producer: duplicates
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, match_key)
);
CREATE INDEX products_event_commune ON products(event_id, commune_id);
CREATE TABLE booths (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('ocop_3_sao', 'moi_cong_nhan')),
    commune_id INTEGER REFERENCES communes(id),   -- one booth, one commune
    space_ready INTEGER NOT NULL DEFAULT 0 CHECK (space_ready IN (0, 1)),
    products_delivered INTEGER NOT NULL DEFAULT 0 CHECK (products_delivered IN (0, 1)),
    staffed INTEGER NOT NULL DEFAULT 0 CHECK (staffed IN (0, 1)),
    standee_in_place INTEGER NOT NULL DEFAULT 0 CHECK (standee_in_place IN (0, 1)),
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, number)
);
CREATE TABLE booth_products (
    -- one booth per product
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    booth_id INTEGER NOT NULL REFERENCES booths(id) ON DELETE CASCADE
);
CREATE INDEX booth_products_booth ON booth_products(booth_id);
CREATE TRIGGER booth_products_same_commune_insert
BEFORE INSERT ON booth_products
WHEN (SELECT b.commune_id IS NULL OR b.commune_id != p.commune_id OR b.event_id != p.event_id
      FROM booths b, products p WHERE b.id = NEW.booth_id AND p.id = NEW.product_id)
BEGIN
    SELECT RAISE(ABORT, 'booth_products: product and booth must share commune and event');
END;
CREATE TRIGGER booth_products_same_commune_update
BEFORE UPDATE ON booth_products
WHEN (SELECT b.commune_id IS NULL OR b.commune_id != p.commune_id OR b.event_id != p.event_id
      FROM booths b, products p WHERE b.id = NEW.booth_id AND p.id = NEW.product_id)
BEGIN
    SELECT RAISE(ABORT, 'booth_products: product and booth must share commune and event');
END;
CREATE TRIGGER booths_commune_keeps_products
BEFORE UPDATE OF commune_id ON booths
WHEN EXISTS (SELECT 1 FROM booth_products bp JOIN products p ON p.id = bp.product_id
             WHERE bp.booth_id = NEW.id
               AND (NEW.commune_id IS NULL OR p.commune_id != NEW.commune_id))
BEGIN
    SELECT RAISE(ABORT, 'booths: products of another commune are still in this booth');
END;
CREATE TRIGGER products_commune_keeps_booth
BEFORE UPDATE OF commune_id ON products
WHEN EXISTS (SELECT 1 FROM booth_products bp JOIN booths b ON b.id = bp.booth_id
             WHERE bp.product_id = NEW.id AND b.commune_id != NEW.commune_id)
BEGIN
    SELECT RAISE(ABORT, 'products: the product is shown in a booth of another commune');
END;
CREATE TABLE standees (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL UNIQUE REFERENCES products(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'du_thao'
        CHECK (status IN ('du_thao', 'da_trinh', 'da_duyet', 'da_in', 'da_dat')),
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
"""


@migrations(name="0003_booths")
def m0003_booths(db: Database) -> None:
    """OCOP products, the exhibition booths and their products, standees."""
    for statement in _trigger_aware_statements(SCHEMA_0003):
        db.execute(statement)


SCHEMA_0004 = """
CREATE TABLE delegate_groups (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    per_unit INTEGER,                  -- "10 người/đơn vị" (II.3.1), NULL: the plan is silent
    note TEXT NOT NULL DEFAULT '',
    quota INTEGER CHECK (quota IS NULL OR quota >= 0),  -- NULL = not set by the organisers yet
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, name)
);
CREATE TABLE invitees (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES delegate_groups(id),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',    -- digits only, 0xxxxxxxxx
    person_key TEXT NOT NULL,          -- normalised name + unit: what makes two rows one person
    search_key TEXT NOT NULL,          -- name + unit without diacritics, for the check-in search
    status TEXT NOT NULL DEFAULT 'chua_gui'
        CHECK (status IN ('chua_gui', 'da_gui', 'da_xac_nhan', 'tu_choi')),
    channel TEXT CHECK (channel IS NULL OR channel IN ('giay_moi', 'dien_thoai', 'zalo', 'email')),
    sent_at TEXT,
    walk_in INTEGER NOT NULL DEFAULT 0,
    arrived_at TEXT,
    arrived_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX invitees_person ON invitees(event_id, person_key);
CREATE UNIQUE INDEX invitees_phone ON invitees(event_id, phone) WHERE phone <> '';
CREATE INDEX invitees_group ON invitees(group_id);
CREATE TABLE delegate_counts (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES delegate_groups(id),
    label TEXT NOT NULL,               -- e.g. "Đoàn viên Đoàn Thanh niên huyện"
    invited INTEGER NOT NULL DEFAULT 0 CHECK (invited >= 0),
    confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    arrived INTEGER NOT NULL DEFAULT 0 CHECK (arrived >= 0),
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (group_id, label)
);
"""


@migrations(name="0004_delegates")
def m0004_delegates(db: Database) -> None:
    """Delegate groups with quotas, named invitees, and groups counted without names."""
    for statement in _statements(SCHEMA_0004):
        db.execute(statement)


SCHEMA_0005 = """
CREATE TABLE programme_steps (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    plan_key TEXT NOT NULL,            -- p00 = exhibition opening, p01..p09 = II.4.2.2 steps
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    pinned_start TEXT,                 -- ISO date-time +07:00, NULL = right after the previous step
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 0 AND 600),
    owner_agency_id INTEGER REFERENCES agencies(id),
    cue TEXT NOT NULL DEFAULT '',      -- what the step needs on stage (material, people)
    task_codes TEXT NOT NULL DEFAULT '', -- comma-separated task codes that prepare it
    started_at TEXT,
    finished_at TEXT,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, plan_key)
);
CREATE INDEX programme_steps_event ON programme_steps(event_id, position)
"""


@migrations(name="0005_programme")
def m0005_programme(db: Database) -> None:
    """The run-of-show of the event day."""
    for statement in _statements(SCHEMA_0005):
        db.execute(statement)


# A task that a re-imported plan no longer contains but that has
# progress is kept and flagged here (the moment the import stopped finding it) instead of
# being deleted; NULL = the task is in the event's current plan.
SCHEMA_0006 = """
ALTER TABLE tasks ADD COLUMN dropped_at TEXT
"""


@migrations(name="0006_plan_import")
def m0006_plan_import(db: Database) -> None:
    """tasks.dropped_at: kept tasks that the latest imported plan no longer names."""
    for statement in _statements(SCHEMA_0006):
        db.execute(statement)


SCHEMA_0007 = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'unit', 'viewer')),
    agency_id INTEGER REFERENCES agencies(id),
    password_hash TEXT NOT NULL,       -- argon2id, never the password
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,                 -- ISO date-time +07:00: lockout cool-down ends
    last_login_at TEXT,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (role != 'unit' OR agency_id IS NOT NULL)
);
ALTER TABLE history ADD COLUMN actor_account_id INTEGER;
ALTER TABLE history ADD COLUMN undoes INTEGER;  -- the history row this change reverted
CREATE INDEX history_account ON history(actor_account_id, id);
CREATE INDEX history_undoes ON history(undoes);
"""


@migrations(name="0007_accounts")
def m0007_accounts(db: Database) -> None:
    """Accounts with roles; history knows the account and which change an undo reverted."""
    for statement in _statements(SCHEMA_0007):
        db.execute(statement)


SCHEMA_0008 = """
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN cloned_from INTEGER REFERENCES events(id);
ALTER TABLE events ADD COLUMN updated_at TEXT;
ALTER TABLE events ADD COLUMN updated_by TEXT
"""


@migrations(name="0008_reports_events")
def m0008_reports_events(db: Database) -> None:
    """Events get a version (archive/clone refuse stale screens) and remember their source."""
    for statement in _statements(SCHEMA_0008):
        db.execute(statement)


# Reminders: who each unit's digest goes to, and every digest and delivery, so that a run
# sends at most one digest per unit per day and retries what failed instead of dropping it.
SCHEMA_0009 = """
CREATE TABLE reminder_contacts (
    id INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    address TEXT NOT NULL,             -- an e-mail address or a notification URL
    active INTEGER NOT NULL DEFAULT 1, -- 0 = removed (kept so that removal can be undone)
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agency_id, address)
);
CREATE TABLE reminder_digests (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    day TEXT NOT NULL,                 -- ISO date, Vietnam calendar
    created_at TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    UNIQUE (event_id, agency_id, day)
);
CREATE TABLE reminder_deliveries (
    id INTEGER PRIMARY KEY,
    digest_id INTEGER NOT NULL REFERENCES reminder_digests(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'delivered', 'failed', 'superseded',
                         'cancelled')),  -- cancelled: the address was removed before it went
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    claimed_epoch REAL,                -- wall clock of the claim: an abandoned send is retried
    last_attempt_at TEXT,
    delivered_at TEXT,
    UNIQUE (digest_id, address)
);
CREATE INDEX reminder_deliveries_state ON reminder_deliveries(state)
"""


@migrations(name="0009_reminders")
def m0009_reminders(db: Database) -> None:
    """Reminder contacts per unit, the daily digests and their deliveries."""
    for statement in _statements(SCHEMA_0009):
        db.execute(statement)


# Evidence, sign-off, the budget and the Hội quán's weekend log. Evidence files are kept as
# BLOBs in this database so that a backup, a restore and its integrity check carry them byte
# for byte with everything else. The users table is rebuilt only to let its role CHECK
# accept 'approver' (SQLite cannot alter a CHECK in place); nothing references users(id).
SCHEMA_0010 = """
CREATE TABLE users_0010 (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'unit', 'viewer', 'approver')),
    agency_id INTEGER REFERENCES agencies(id),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (role != 'unit' OR agency_id IS NOT NULL)
);
INSERT INTO users_0010 SELECT id, username, display_name, role, agency_id, password_hash,
    disabled, failed_logins, locked_until, last_login_at, created_at, version FROM users;
DROP TABLE users;
ALTER TABLE users_0010 RENAME TO users;
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,              -- task, standee, booth, budget_line, club_issue
    entity_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('file', 'link')),
    name TEXT NOT NULL,                -- a safe file name, or the link's title
    mime TEXT,                         -- detected from the content, never from the name
    size INTEGER,
    sha256 TEXT,
    content BLOB,
    thumbnail BLOB,                    -- PNG, images only
    url TEXT,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_account_id INTEGER,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'file') = (content IS NOT NULL))
);
CREATE INDEX evidence_subject ON evidence(entity, entity_id);
CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    owner_agency_id INTEGER NOT NULL REFERENCES agencies(id),  -- the unit that submits
    approver_id INTEGER NOT NULL,      -- users.id of an account with the approver role
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'waiting', 'approved', 'returned')),
    comment TEXT,                      -- the approver's "yêu cầu chỉnh sửa"
    due_at TEXT,
    submitted_at TEXT,
    submitted_account_id INTEGER,
    decided_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (entity, entity_id)
);
CREATE INDEX approvals_queue ON approvals(approver_id, state, submitted_at);
CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    estimate INTEGER NOT NULL CHECK (estimate >= 0),   -- VND
    approved INTEGER CHECK (approved >= 0),
    spent INTEGER CHECK (spent >= 0),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE club_weekends (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    day TEXT NOT NULL,                 -- a Saturday or Sunday, YYYY-MM-DD
    agency_id INTEGER REFERENCES agencies(id),
    is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
    visitors INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
    products INTEGER NOT NULL DEFAULT 0 CHECK (products >= 0),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, day)
);
CREATE TABLE club_issues (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    weekend_id INTEGER NOT NULL REFERENCES club_weekends(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'escalated', 'forwarded', 'resolved')),
    created_at TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
)
"""


@migrations(name="0010_signoff")
def m0010_signoff(db: Database) -> None:
    """Evidence files and links, approvals, the approver role, budget lines, the weekend log."""
    for statement in _statements(SCHEMA_0010):
        db.execute(statement)


SCHEMA_0011 = """
CREATE TABLE login_attempts (
    username TEXT NOT NULL,            -- as typed (lower case): unknown names count too
    client TEXT NOT NULL,              -- the browser's address, or '' when unknown
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,                 -- ISO date-time +07:00: this name from this client waits
    PRIMARY KEY (username, client)
);
CREATE TABLE kiosk_tokens (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,   -- sha256 of the link's secret (never kept)
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
)
"""


@migrations(name="0011_security")
def m0011_security(db: Database) -> None:
    """Login attempts per name and client (lockout nobody can make permanent) and the
    projector's kiosk links."""
    for statement in _statements(SCHEMA_0011):
        db.execute(statement)


_ROLE_CHECK = re.compile(r"CHECK\s*\(\s*role\s+IN\s*\(([^)]*)\)\s*\)", re.IGNORECASE)


@migrations(name="0012_reception")
def m0012_reception(db: Database) -> None:
    """users.role may be 'reception' (the desk's account: checks guests in, nothing else).

    SQLite cannot alter a CHECK, so the table is rebuilt from its own current definition
    (whatever columns earlier migrations added), with the one constraint widened."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'"
                     ).fetchone()[0]
    if "'reception'" in sql:
        return
    widened = _ROLE_CHECK.sub(lambda m: f"CHECK (role IN ({m.group(1)}, 'reception'))", sql, 1)
    indexes = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'users' AND sql IS NOT NULL "
        "AND type IN ('index', 'trigger')")]
    db.execute(re.sub(r"^CREATE TABLE\s+\"?users\"?", "CREATE TABLE users_new", widened))
    db.execute("INSERT INTO users_new SELECT * FROM users")
    db.execute("DROP TABLE users")
    db.execute("ALTER TABLE users_new RENAME TO users")
    for statement in indexes:
        db.execute(statement)
