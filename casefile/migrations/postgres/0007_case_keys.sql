-- 0007 (PostgreSQL): the translation of ../0007_case_keys.sql; SQLite's JSON
-- table function is json_array_elements_text here.
CREATE TABLE case_keys (
    case_id bigint NOT NULL REFERENCES cases (id),
    key text COLLATE "C" NOT NULL
);
CREATE INDEX case_keys_key ON case_keys (key);
CREATE INDEX case_keys_case ON case_keys (case_id);
INSERT INTO case_keys (case_id, key)
    SELECT c.id, 'phone:' || j.value FROM cases c, json_array_elements_text(c.complainant_phones::json) j (value)
    UNION SELECT c.id, 'email:' || lower(j.value) FROM cases c, json_array_elements_text(c.complainant_emails::json) j (value)
    UNION SELECT c.id, 'email:' || lower(c.contact_address) FROM cases c WHERE c.contact_address <> '';
