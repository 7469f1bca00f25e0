-- Partner findings (issue 12): statistics and recruitment pathways that a partner organization contributes,
-- reviewed by admins before every partner sees them. Kept apart from the official statistic and pathway
-- tables, so that nothing a partner writes can ever enter the official figures.
create table partner_finding (
    id                  varchar(36)  primary key,
    kind                varchar(16)  not null check (kind in ('STATISTIC', 'PATHWAY')),
    -- The organization's alias, as Keycloak Organizations put it in its members' tokens.
    organization        varchar(255) not null,
    state               varchar(16)  not null check (state in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED')),
    -- Every step of the review and every edit makes a new version; writers name the version they read.
    version             integer      not null,
    -- The countries it is about, for filtering: a statistic's country, a pathway's origin and destination
    -- (null where the pathway names only a region).
    country_code        varchar(3),
    destination_code    varchar(3),
    -- The statistic's or pathway's fields as the organization wrote them (the API's input record, checked by
    -- the official records' rules before it is stored); read whole, never queried field by field.
    content             text         not null,
    source_title        varchar(300)  not null,
    source_publisher    varchar(200)  not null,
    source_published    date          not null,
    source_url          varchar(2000) not null,
    source_section      varchar(200),
    source_quote        varchar(2000) not null,
    return_reason       varchar(2000),
    created_at          timestamp with time zone not null,
    submitted_at        timestamp with time zone,
    published_at        timestamp with time zone
);
create index partner_finding_state on partner_finding (state, organization);

-- Who did what when: one row per creation, edit, submission, publication and return, never changed.
create table partner_finding_event (
    finding_id  varchar(36)  not null references partner_finding (id),
    position    integer      not null,
    state       varchar(16)  not null,
    version     integer      not null,
    happened_at timestamp with time zone not null,
    by_user     varchar(255) not null,
    reason      varchar(2000),
    primary key (finding_id, position)
);
