-- i2s run state, SQLite (the embedded default store). Created on first use, or by `i2s state init --store sqlite`.
-- Timestamps are UTC. Values of variables are stored as text written by the convertor named beside them.

CREATE TABLE IF NOT EXISTS i2s_session (
    session_id      TEXT    NOT NULL PRIMARY KEY,
    open_chain_id   TEXT    NULL,
    holder_run_id   TEXT    NULL,
    holder_host     TEXT    NULL,
    holder_pid      INTEGER NULL,
    held_since      TEXT    NULL
);

CREATE TABLE IF NOT EXISTS i2s_run (
    run_id              TEXT NOT NULL PRIMARY KEY,
    session_id          TEXT NOT NULL,
    chain_id            TEXT NOT NULL,
    resumed_from_run_id TEXT NULL,
    recovery_strategy   TEXT NOT NULL,
    persist_policy      TEXT NOT NULL,
    status              TEXT NOT NULL,
    started_at          TEXT NOT NULL,
    ended_at            TEXT NULL,
    error               TEXT NULL
);

CREATE INDEX IF NOT EXISTS i2s_run_session ON i2s_run (session_id, status);

CREATE TABLE IF NOT EXISTS i2s_step (
    run_id          TEXT    NOT NULL,
    step_name       TEXT    NOT NULL,
    session_id      TEXT    NOT NULL,
    chain_id        TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    rows_read       INTEGER NOT NULL,
    rows_written    INTEGER NOT NULL,
    rows_rejected   INTEGER NOT NULL,
    started_at      TEXT    NOT NULL,
    ended_at        TEXT    NULL,
    duration_ms     INTEGER NULL,
    error           TEXT    NULL,
    PRIMARY KEY (run_id, step_name)
);

CREATE INDEX IF NOT EXISTS i2s_step_chain ON i2s_step (session_id, chain_id, status);

CREATE TABLE IF NOT EXISTS i2s_global (
    owner_id        TEXT NOT NULL,
    scope           TEXT NOT NULL,
    name            TEXT NOT NULL,
    value           TEXT NULL,
    convertor       TEXT NOT NULL,
    run_id          TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (owner_id, scope, name)
);

CREATE TABLE IF NOT EXISTS i2s_history (
    run_id          TEXT    NOT NULL PRIMARY KEY,
    session_id      TEXT    NOT NULL,
    chain_id        TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    started_at      TEXT    NOT NULL,
    ended_at        TEXT    NULL,
    duration_ms     INTEGER NULL,
    steps_run       INTEGER NOT NULL,
    steps_skipped   INTEGER NOT NULL,
    rows_read       INTEGER NOT NULL,
    rows_written    INTEGER NOT NULL,
    rows_rejected   INTEGER NOT NULL,
    error           TEXT    NULL
);

CREATE INDEX IF NOT EXISTS i2s_history_session ON i2s_history (session_id, started_at);

-- The task variables of each session run an orchestrator started (Airflow run_id, Databricks job run id), for its link
-- conditions: one row per session and orchestration run, the last start under that orchestration run.
CREATE TABLE IF NOT EXISTS i2s_task (
    session_id           TEXT    NOT NULL,
    orchestration_run_id TEXT    NOT NULL,
    run_id               TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    src_success_rows     INTEGER NOT NULL,
    src_failed_rows      INTEGER NOT NULL,
    tgt_success_rows     INTEGER NOT NULL,
    tgt_failed_rows      INTEGER NOT NULL,
    total_trans_errors   INTEGER NOT NULL,
    error_code           INTEGER NOT NULL,
    error_msg            TEXT    NULL,
    start_time           TEXT    NOT NULL,
    end_time             TEXT    NULL,
    PRIMARY KEY (session_id, orchestration_run_id)
);
