-- The opinion store: every opinion the assessor made, with the input it was made from, so it can
-- be listed by case and reproduced. Portable SQL (H2 2.x and PostgreSQL). Owned by the store
-- package; its history table is store_schema_history (see docs/batch.md).
CREATE TABLE opinion (
    -- first 16 hex digits of SHA-256(case id, input hash, rule-set hash, mode): the same
    -- assessment always has the same id, so a rerun never stores it twice
    opinion_id      VARCHAR(16)   NOT NULL PRIMARY KEY,
    case_id         VARCHAR(400)  NOT NULL,
    input_hash      VARCHAR(64)   NOT NULL,
    rule_set_hash   VARCHAR(64)   NOT NULL,
    -- full (remedies and unknowns) or scoresOnly
    mode            VARCHAR(16)   NOT NULL,
    program_version VARCHAR(64)   NOT NULL,
    assessed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    title           VARCHAR(2000),
    law_date        DATE          NOT NULL,
    score           INTEGER       NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    item_count      INTEGER       NOT NULL,
    -- where the case was read from (a path as the user gave it), for people, not for lookups
    source          VARCHAR(4000),
    -- the canonical JSON of the case and the facts derived from its files (sorted keys)
    input_json      TEXT          NOT NULL,
    -- the opinion as written to opinion.json
    opinion_json    TEXT          NOT NULL,
    CONSTRAINT opinion_natural_key UNIQUE (case_id, input_hash, rule_set_hash, mode)
);

CREATE INDEX opinion_by_case ON opinion (case_id, assessed_at);
