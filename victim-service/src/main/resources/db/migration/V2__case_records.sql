-- Imported CTDC case files. The content hash makes a second import of the same file a no-op.
create table case_file (
    id          bigserial primary key,
    sha256      varchar(64) not null unique,
    rows        int not null check (rows >= 0),
    imported_at timestamptz not null default now(),
    imported_by varchar(200)
);

-- One row per victim, and only the fields aggregates use: no free text, no other CTDC column is kept.
-- Nulls mean "not recorded". exploitation is a bit set of exploitation_flag bits (0 = none recorded).
-- No key or foreign key: rows are written only by the importer, in the transaction that writes their
-- case_file row, and keys would slow the bulk COPY of a million rows for no reader.
create table case_record (
    file_id                 bigint not null,
    line                    int not null,
    year                    smallint,
    gender                  varchar(40),
    age_broad               varchar(8),
    citizenship             varchar(3),
    country_of_exploitation varchar(3),
    exploitation            smallint not null
);

create table exploitation_flag (
    bit  smallint primary key,
    type varchar(32) not null unique
);
insert into exploitation_flag (bit, type) values
    (1, 'FORCED_LABOR'), (2, 'SEX_TRAFFICKING'), (4, 'FORCED_MARRIAGE'), (8, 'FORCED_MILITARY_SERVICE'),
    (16, 'ORGAN_REMOVAL'), (32, 'OTHER');

-- Case counts per combination of every dimension (the exploitation bit set standing for the type), kept
-- up to date by each import: aggregates read this small table instead of scanning every record.
create table case_cube (
    year                    smallint,
    citizenship             varchar(3),
    country_of_exploitation varchar(3),
    gender                  varchar(40),
    age_broad               varchar(8),
    exploitation            smallint not null,
    cases                   bigint not null check (cases > 0),
    unique nulls not distinct (year, citizenship, country_of_exploitation, gender, age_broad, exploitation)
);
create index case_cube_by_citizenship on case_cube (citizenship);
create index case_cube_by_exploitation_country on case_cube (country_of_exploitation);
