-- Roll-ups of the case cube for the common questions (time and person; time and place). The full cube
-- has a row for almost every third record of a large file; these have a few thousand rows, and an
-- aggregate reads the smallest table holding every column it groups or filters by.
create table case_cube_person (
    year         smallint,
    gender       varchar(40),
    age_broad    varchar(8),
    exploitation smallint not null,
    cases        bigint not null check (cases > 0),
    unique nulls not distinct (year, gender, age_broad, exploitation)
);
insert into case_cube_person (year, gender, age_broad, exploitation, cases)
select year, gender, age_broad, exploitation, sum(cases) from case_cube group by 1, 2, 3, 4;

create table case_cube_place (
    year                    smallint,
    citizenship             varchar(3),
    country_of_exploitation varchar(3),
    exploitation            smallint not null,
    cases                   bigint not null check (cases > 0),
    unique nulls not distinct (year, citizenship, country_of_exploitation, exploitation)
);
insert into case_cube_place (year, citizenship, country_of_exploitation, exploitation, cases)
select year, citizenship, country_of_exploitation, exploitation, sum(cases) from case_cube group by 1, 2, 3, 4;
