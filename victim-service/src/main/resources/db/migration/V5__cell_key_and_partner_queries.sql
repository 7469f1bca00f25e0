-- Issue 13: the cell-key method for partner answers, and the log and daily budget of partner queries.

-- Every case record gets a fixed random record key in [0, 2^20), drawn once and never changed: a
-- cell's noise is looked up by the sum of its records' keys modulo 2^20 and its count, so the same set
-- of victims always gets the same noise, whatever query reaches it. The key comes from
-- gen_random_uuid() (a cryptographically strong generator; its first 20 bits are random in every UUID
-- version 4), not from random(), whose state a patient attacker could in principle reconstruct. A
-- volatile default is evaluated per row, so this statement keys every existing row, and every later
-- COPY into case_record (which does not name the column) keys its rows the same way.
alter table case_record
    add column record_key int not null default (('x' || left(gen_random_uuid()::text, 5))::bit(20)::int)
        check (record_key >= 0 and record_key < 1048576);

-- The cubes carry the sum of their records' keys next to the count, so an aggregate gets each cell's
-- key sum with sum(key_sum) in the same query (no record is read at query time). Rebuilt from the
-- records, which now have keys.
alter table case_cube add column key_sum bigint not null default 0;
alter table case_cube_person add column key_sum bigint not null default 0;
alter table case_cube_place add column key_sum bigint not null default 0;
truncate case_cube, case_cube_person, case_cube_place;
insert into case_cube (year, citizenship, country_of_exploitation, gender, age_broad, exploitation, cases, key_sum)
select year, citizenship, country_of_exploitation, gender, age_broad, exploitation, count(*), sum(record_key)
from case_record group by 1, 2, 3, 4, 5, 6;
insert into case_cube_person (year, gender, age_broad, exploitation, cases, key_sum)
select year, gender, age_broad, exploitation, count(*), sum(record_key) from case_record group by 1, 2, 3, 4;
insert into case_cube_place (year, citizenship, country_of_exploitation, exploitation, cases, key_sum)
select year, citizenship, country_of_exploitation, exploitation, count(*), sum(record_key)
from case_record group by 1, 2, 3, 4;

-- Every case-statistics query of a partner (a caller without the analyst or admin role), for admins:
-- who asked (the token's subject and user name), through which client (azp), for which organization
-- (partner_org or organization claim), what (grouping, filter) and when; refused = over the budget.
create table partner_query (
    id           bigserial primary key,
    asked_at     timestamptz not null default now(),
    subject      varchar(200) not null,
    user_name    varchar(200),
    client       varchar(200),
    organization varchar(200),
    group_by     varchar(200) not null,
    filter       varchar(200) not null,
    refused      boolean not null
);
create index partner_query_by_time on partner_query (asked_at);
create index partner_query_by_subject on partner_query (subject, asked_at);

-- Queries answered per subject and UTC day. Charged by one conditional upsert, so two concurrent
-- requests cannot both take the last unit (the second waits for the first's row lock, then sees the
-- spent budget).
create table partner_query_budget (
    subject varchar(200) not null,
    day     date not null,
    used    int not null check (used >= 0),
    primary key (subject, day)
);
