-- The source table comes first, from commons (db/source/V0_1__source_catalog.sql).

-- A published figure about victims or people at risk. A NOT_REPORTED figure has no value: the source
-- says it was not reported, which is unknown, never zero.
create table statistic (
    id                     varchar(80) primary key check (id ~ '^[a-z0-9-]+$'),
    country_code           varchar(3) not null check (country_code ~ '^[A-Z]{3}$'),
    metric                 varchar(200) not null,
    year                   int not null check (year between 1990 and 2100),
    period_end             int check (period_end between 1990 and 2100),
    value                  int check (value >= 0),
    upper_value            int,
    unit                   varchar(16) not null,
    qualifier              varchar(16) not null,
    as_written             varchar(200),
    reporting              varchar(16) not null,
    breakdown_sex          varchar(16),
    breakdown_age          varchar(40),
    breakdown_exploitation varchar(32),
    description            text not null,
    check ((reporting = 'NOT_REPORTED') = (value is null)),
    check (upper_value is null or upper_value >= value),
    check (period_end is null or period_end >= year)
);
create index statistic_by_country on statistic (country_code, year);

create table statistic_source (
    statistic_id varchar(80) not null references statistic (id) on delete cascade,
    position     int not null,
    source_id    varchar(64) not null references source (id),
    section      varchar(200) not null,
    primary key (statistic_id, position)
);

-- How people reach exploitation. A side the source names only as a region ("Southeast Asia") has no
-- country code, only the region's name.
create table pathway (
    id                   varchar(80) primary key check (id ~ '^[a-z0-9-]+$'),
    origin               varchar(3) check (origin ~ '^[A-Z]{3}$'),
    origin_region        varchar(200),
    destination          varchar(3) check (destination ~ '^[A-Z]{3}$'),
    destination_region   varchar(200),
    recruiter            text not null,
    recruiter_type       varchar(40) not null,
    sector               text,
    estimated_victims    int check (estimated_victims >= 0),
    upper_value          int,
    qualifier            varchar(16),
    period_start         date,
    period_end           date,
    official_complicity  boolean not null,
    description          text not null,
    check (origin is not null or origin_region is not null),
    check (destination is not null or destination_region is not null),
    check ((estimated_victims is null) = (qualifier is null)),
    check (upper_value is null or upper_value >= estimated_victims),
    check (period_end is null or period_start is null or period_end >= period_start)
);
create index pathway_by_origin on pathway (origin);
create index pathway_by_destination on pathway (destination);

create table pathway_transit (
    pathway_id   varchar(80) not null references pathway (id) on delete cascade,
    position     int not null,
    country_code varchar(3) not null,
    primary key (pathway_id, position)
);

create table pathway_exploitation (
    pathway_id        varchar(80) not null references pathway (id) on delete cascade,
    position          int not null,
    exploitation_type varchar(32) not null,
    primary key (pathway_id, position)
);

create table pathway_means (
    pathway_id varchar(80) not null references pathway (id) on delete cascade,
    position   int not null,
    means      varchar(40) not null,
    primary key (pathway_id, position)
);

create table pathway_source (
    pathway_id varchar(80) not null references pathway (id) on delete cascade,
    position   int not null,
    source_id  varchar(64) not null references source (id),
    section    varchar(200) not null,
    primary key (pathway_id, position)
);
