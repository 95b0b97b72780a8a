-- The batch job's own tables, beside Spring Batch's BATCH_* tables. run_id is the Spring Batch
-- job instance id: a restart of the same run reuses it, so every write below is keyed by
-- (run_id, seq) and a redone chunk replaces its rows instead of adding new ones.

-- the case folders a run found, in order; partitions read ranges of seq
CREATE TABLE batch_input (
    run_id     BIGINT        NOT NULL,
    seq        INTEGER       NOT NULL,
    case_path  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- each case assessed: its opinion in the store and the rows it gives the summary spreadsheet
CREATE TABLE batch_case (
    run_id      BIGINT        NOT NULL,
    seq         INTEGER       NOT NULL,
    case_path   VARCHAR(4000) NOT NULL,
    case_id     VARCHAR(400)  NOT NULL,
    opinion_id  VARCHAR(16)   NOT NULL,
    summary_json TEXT         NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- each case set aside, with the reason and where in which file the problem is
CREATE TABLE batch_skip (
    run_id      BIGINT        NOT NULL,
    seq         INTEGER       NOT NULL,
    case_path   VARCHAR(4000) NOT NULL,
    -- invalidInput (the case file or one of its files is wrong) or failed (the assessor failed)
    kind        VARCHAR(16)   NOT NULL,
    file        VARCHAR(4000),
    line        INTEGER,
    col         INTEGER,
    field       VARCHAR(4000),
    problem     TEXT          NOT NULL,
    PRIMARY KEY (run_id, seq)
);
