-- Partner organizations' own assessments of a recommendation's implementation (issue 12). Beside the
-- official record (recommendation.status, implementation_update), never part of it. organization is the
-- Keycloak organization's alias from the writer's token: organizations and their members live in
-- Keycloak, not here.
create table partner_assessment (
    id                bigserial primary key,
    recommendation_id varchar(16) not null references recommendation (id),
    organization      varchar(255) not null,
    status            varchar(24) not null,
    note              text not null,
    evidence_urls     jsonb not null default '[]',
    as_of             date not null,
    state             varchar(16) not null check (state in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED')),
    return_reason     text,
    -- Every change (an edit, a review step) adds one; writers name the version they read.
    version           int not null default 0 check (version >= 0),
    created_at        timestamptz not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz not null,
    updated_by        varchar(200) not null,
    submitted_at      timestamptz,
    published_at      timestamptz
);

create index partner_assessment_by_recommendation on partner_assessment (recommendation_id);
create index partner_assessment_by_organization on partner_assessment (organization, state);

-- Published assessments are append-only, like implementation updates: a published row is never changed
-- or deleted (a new view is a new assessment). The service refuses it first; this holds whatever writes.
create function refuse_changing_published_assessments() returns trigger language plpgsql as $$
begin
    raise exception 'published partner assessments are append-only: record a new assessment instead';
end
$$;

create trigger partner_assessment_published_append_only
    before update or delete on partner_assessment
    for each row when (old.state = 'PUBLISHED')
    execute function refuse_changing_published_assessments();

-- Who moved an assessment in its review and when: every submission, publication and return, kept
-- whole (the assessment row holds only the latest).
create table partner_assessment_review (
    id            bigserial primary key,
    assessment_id bigint not null references partner_assessment (id),
    version       int not null check (version >= 1),
    state         varchar(16) not null check (state in ('SUBMITTED', 'PUBLISHED', 'RETURNED')),
    at            timestamptz not null,
    by_user       varchar(200) not null,
    reason        text,
    unique (assessment_id, version)
);

create function refuse_changing_review_steps() returns trigger language plpgsql as $$
begin
    raise exception 'the review record of partner assessments is append-only';
end
$$;

create trigger partner_assessment_review_append_only
    before update or delete on partner_assessment_review
    for each row execute function refuse_changing_review_steps();
