-- Issue 14: every citation carries the sentence(s) of its source that support the row, word for word.
-- Nullable here because rows already stored get their quotes from the next dataset load; every input
-- (api CitationInput, dataset records) requires one.
alter table assessment_source add column quote text;
alter table law_enforcement_record add column quote text;
alter table statute add column quote text;
alter table tier_count add column quote text;

-- What the source does not say is null, not invented: whether a report found a government policy or
-- pattern of trafficking, and a statute's title where the source names none.
alter table assessment alter column policy_or_pattern drop not null;
alter table statute alter column title drop not null;

-- Instruments without an article number (decrees, designations) are named in words.
alter table statute alter column article type varchar(200);
