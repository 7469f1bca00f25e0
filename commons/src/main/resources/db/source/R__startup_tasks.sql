-- Start-up work done once per database however many replicas start (commons' cluster.OncePerDatabase):
-- a row per task and fingerprint (the dataset's files' digest, the demo file's seed and size), written
-- in the same transaction as the work, under an advisory lock named for the task.
-- Repeatable (R__), not versioned: a version here would sit below versions every service has applied
-- already, which Flyway refuses on their existing databases. "if not exists" keeps it idempotent.
create table if not exists startup_task (
    task        text        not null,
    fingerprint text        not null,
    done_by     text        not null,
    done_at     timestamptz not null default now(),
    summary     text,
    primary key (task, fingerprint)
);
