-- 0003: the case lifecycle. A case is awaiting_info, open, in_mediation
-- (staff have answered the consumer), resolved (staff say it is settled)
-- or closed with a reason. SQLite cannot change a CHECK constraint, so the
-- table is rebuilt (the migration runs with foreign keys off and checks
-- them before it commits). Closed cases of earlier versions keep their
-- state; their reason becomes 'resolved'.
--
-- New columns: close_reason; reminders (how many were sent while it
-- awaited information); assigned_to (a staff address); accepted_at (when
-- it was accepted for mediation, for the deadline); merged_into (the case
-- it was folded into); undeliverable (why the consumer's address gets no
-- more mail, '' if it does).

CREATE TABLE cases_new (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('awaiting_info', 'open', 'in_mediation', 'resolved', 'closed')),
    close_reason TEXT NOT NULL DEFAULT '' CHECK (
        (state = 'closed') = (close_reason IN ('resolved', 'withdrawn', 'unreachable', 'duplicate', 'rejected', 'out_of_scope'))),
    missing TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    contact_address TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    complainant_name TEXT NOT NULL DEFAULT '',
    complainant_phones TEXT NOT NULL DEFAULT '[]',
    complainant_emails TEXT NOT NULL DEFAULT '[]',
    complainant_address TEXT NOT NULL DEFAULT '',
    respondent_name TEXT NOT NULL DEFAULT '',
    respondent_urls TEXT NOT NULL DEFAULT '[]',
    respondent_phones TEXT NOT NULL DEFAULT '[]',
    respondent_address TEXT NOT NULL DEFAULT '',
    order_number TEXT NOT NULL DEFAULT '',
    order_amount TEXT NOT NULL DEFAULT '',
    order_currency TEXT NOT NULL DEFAULT '',
    reminders INTEGER NOT NULL DEFAULT 0,
    assigned_to TEXT NOT NULL DEFAULT '',
    accepted_at TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES cases_new (id),
    undeliverable TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

INSERT INTO cases_new (id, ref, kind, state, close_reason, missing, language, subject,
    contact_address, contact_name, complainant_name, complainant_phones, complainant_emails,
    complainant_address, respondent_name, respondent_urls, respondent_phones, respondent_address,
    order_number, order_amount, order_currency, created_at, updated_at)
SELECT id, ref, kind, state, CASE state WHEN 'closed' THEN 'resolved' ELSE '' END, missing, language, subject,
    contact_address, contact_name, complainant_name, complainant_phones, complainant_emails,
    complainant_address, respondent_name, respondent_urls, respondent_phones, respondent_address,
    order_number, order_amount, order_currency, created_at, updated_at
FROM cases;

DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE UNIQUE INDEX cases_ref ON cases (ref COLLATE NOCASE);
CREATE INDEX cases_created ON cases (created_at, id);
CREATE INDEX cases_state ON cases (state, id);

-- Money recovered for the consumer, as staff record it (#recovered).
CREATE TABLE recoveries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX recoveries_case ON recoveries (case_id);
