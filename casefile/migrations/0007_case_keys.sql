-- 0007: the complainant's phones and e-mail addresses of each case, one
-- row each and indexed, so that finding the earlier cases of a
-- complainant (a repeat complaint) reads only their rows.
CREATE TABLE case_keys (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    key TEXT NOT NULL
);
CREATE INDEX case_keys_key ON case_keys (key);
CREATE INDEX case_keys_case ON case_keys (case_id);
INSERT INTO case_keys (case_id, key)
    SELECT c.id, 'phone:' || j.value FROM cases c, json_each(c.complainant_phones) j
    UNION SELECT c.id, 'email:' || lower(j.value) FROM cases c, json_each(c.complainant_emails) j
    UNION SELECT c.id, 'email:' || lower(c.contact_address) FROM cases c WHERE c.contact_address <> '';
