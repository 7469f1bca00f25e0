-- The source table comes first, from commons (db/source/V0_1__source_catalog.sql).

-- A recommendation as one report made it. previous_id links it to its form in the same issuer's
-- preceding report on the country (lineage); a form has at most one successor.
create table recommendation (
    id                varchar(16) primary key check (id ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{2}$'),
    country_code      varchar(3) not null check (country_code ~ '^[A-Z]{3}$'),
    report_year       int not null check (report_year between 2001 and 2100),
    issuer            text not null,
    addressee         text not null,
    pillar            varchar(16) not null,
    position          int not null check (position >= 1),
    text              text not null,
    previous_id       varchar(16) unique references recommendation (id),
    wording_change    text,
    -- Derived from the lineage when the dataset is loaded: report years in a row, this one included.
    years_outstanding int not null check (years_outstanding >= 1),
    created_at        timestamptz not null,
    unique (issuer, country_code, report_year, position)
);

create table recommendation_addressee_country (
    recommendation_id varchar(16) not null references recommendation (id) on delete cascade,
    position          int not null,
    country_code      varchar(3) not null check (country_code ~ '^[A-Z]{3}$'),
    primary key (recommendation_id, position)
);

create table recommendation_source (
    recommendation_id varchar(16) not null references recommendation (id) on delete cascade,
    position          int not null,
    source_id         varchar(64) not null references source (id),
    section           varchar(200) not null,
    primary key (recommendation_id, position)
);

create index recommendation_by_country_year on recommendation (country_code, report_year);
