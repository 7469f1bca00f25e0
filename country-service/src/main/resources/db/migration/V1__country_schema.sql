-- The source table comes first, from commons (db/source/V0_1__source_catalog.sql).

create table country (
    code   varchar(3) primary key check (code ~ '^[A-Z]{3}$'),
    name   text not null,
    region varchar(40)
);

create table assessment (
    id                  bigserial primary key,
    country_code        varchar(3) not null references country (code),
    report_year         int not null check (report_year between 2001 and 2100),
    tier                varchar(24) not null,
    policy_or_pattern   boolean not null,
    summary             text,
    prosecution_trend   varchar(16),
    prosecution_finding text,
    protection_trend    varchar(16),
    protection_finding  text,
    prevention_trend    varchar(16),
    prevention_finding  text,
    version             int not null default 0,
    unique (country_code, report_year)
);

create table assessment_source (
    assessment_id bigint not null references assessment (id) on delete cascade,
    position      int not null,
    source_id     varchar(64) not null references source (id),
    section       varchar(200) not null,
    primary key (assessment_id, position)
);

-- Law-enforcement figures by the calendar year they cover. A null value with reporting
-- NOT_REPORTED means the source says the figure was not reported: it is never zero.
create table law_enforcement_record (
    assessment_id                bigint not null references assessment (id) on delete cascade,
    position                     int not null,
    data_year                    int not null check (data_year between 1990 and 2100),
    investigations               int check (investigations >= 0),
    investigations_reporting     varchar(16),
    investigations_lower_bound   boolean,
    prosecutions                 int check (prosecutions >= 0),
    prosecutions_reporting       varchar(16),
    prosecutions_lower_bound     boolean,
    convictions                  int check (convictions >= 0),
    convictions_reporting        varchar(16),
    convictions_lower_bound      boolean,
    victims_identified           int check (victims_identified >= 0),
    victims_identified_reporting varchar(16),
    victims_identified_lower_bound boolean,
    note                         text,
    source_id                    varchar(64) not null references source (id),
    section                      varchar(200) not null,
    primary key (assessment_id, position)
);

create table statute (
    id                   bigserial primary key,
    country_code         varchar(3) not null references country (code),
    article              varchar(32) not null,
    title                text not null,
    criminalizes         text not null,
    adult_min_years      int,
    adult_max_years      int,
    adult_up_to_life     boolean,
    adult_penalty        text,
    child_min_years      int,
    child_max_years      int,
    child_up_to_life     boolean,
    child_penalty        text,
    source_id            varchar(64) not null references source (id),
    section              varchar(200) not null,
    unique (country_code, article)
);

create table tier_count (
    report_year      int primary key check (report_year between 2001 and 2100),
    tier1            int not null check (tier1 >= 0),
    tier2            int not null check (tier2 >= 0),
    tier2_watch_list int not null check (tier2_watch_list >= 0),
    tier3            int not null check (tier3 >= 0),
    special_case     int check (special_case >= 0),
    source_id        varchar(64) not null references source (id),
    section          varchar(200) not null
);

create index assessment_by_year on assessment (report_year, tier);
