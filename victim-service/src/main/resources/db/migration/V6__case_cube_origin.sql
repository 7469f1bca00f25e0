-- Issue 13: a roll-up for questions that mix citizenship with the person (citizenship × gender, × age
-- band, and gender or age filtered by citizenship). Without it they read the full cube, which has a row
-- for almost every third record of a large file (290,843 rows for 1M records: citizenship × gender at
-- p50 127 ms, the 50 ms target needs a small table). Year and country of exploitation are left out on
-- purpose: either multiplies the table by twenty or more (the long tail of the full cube), and the
-- questions with them are served by case_cube_place, case_cube_person or the full cube. About as small as
-- case_cube_person, so an aggregate that needs only citizenship reads it too instead of case_cube_place.
--
-- key_sum as in the other cubes (V5): the sum of the record keys of the cell's records, so a cell's
-- cell key, and so its partner number, is the same whichever cube serves it. Filled from the records,
-- kept up to date on import by the same statement as the other cubes (CaseCube.addFileSql).
create table case_cube_origin (
    citizenship  varchar(3),
    gender       varchar(40),
    age_broad    varchar(8),
    exploitation smallint not null,
    cases        bigint not null check (cases > 0),
    key_sum      bigint not null default 0,
    unique nulls not distinct (citizenship, gender, age_broad, exploitation)
);
insert into case_cube_origin (citizenship, gender, age_broad, exploitation, cases, key_sum)
select citizenship, gender, age_broad, exploitation, count(*), sum(record_key) from case_record group by 1, 2, 3, 4;
