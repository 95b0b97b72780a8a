-- The web server's history: one row per assessment made through the pages or the API, with the
-- opinion as JSON (docs/opinion.md). Versions V100 and up belong to the web server.
CREATE TABLE web_assessment (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username      VARCHAR(100) NOT NULL,
    channel       VARCHAR(16)  NOT NULL,
    scores_only   BOOLEAN      NOT NULL,
    case_id       VARCHAR(200) NOT NULL,
    case_title    VARCHAR(500),
    item_count    INTEGER      NOT NULL,
    score         INTEGER      NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    rule_set_hash VARCHAR(64)  NOT NULL,
    input_hash    VARCHAR(64)  NOT NULL,
    opinion_json  TEXT         NOT NULL
);

CREATE INDEX web_assessment_by_user ON web_assessment (username, created_at);
CREATE INDEX web_assessment_by_time ON web_assessment (created_at);
