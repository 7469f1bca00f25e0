-- Implementation tracking. status and last_updated_at mirror the latest update so that filters and
-- staleness are plain column reads; version counts the updates and is what writers must name.
alter table recommendation
    add column status          varchar(24) not null default 'NOT_STARTED',
    add column version         int not null default 0 check (version >= 0),
    add column last_updated_at timestamptz;

-- Append-only: the n-th update of a recommendation carries version n, and (recommendation, version)
-- is unique, so even a writer that slipped past the version check could not record a duplicate.
create table implementation_update (
    id                bigserial primary key,
    recommendation_id varchar(16) not null references recommendation (id),
    version           int not null check (version >= 1),
    status            varchar(24) not null,
    note              text not null,
    evidence_url      text,
    recorded_at       timestamptz not null,
    recorded_by       varchar(200) not null,
    unique (recommendation_id, version)
);

create function refuse_changing_implementation_updates() returns trigger language plpgsql as $$
begin
    raise exception 'implementation updates are append-only: record a correction as a new update';
end
$$;

create trigger implementation_update_append_only
    before update or delete on implementation_update
    for each row execute function refuse_changing_implementation_updates();

create index recommendation_by_status on recommendation (status);
