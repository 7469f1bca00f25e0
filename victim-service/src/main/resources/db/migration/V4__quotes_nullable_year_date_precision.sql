-- Issue 14: every citation carries the sentence(s) of its source that support the row; a statistic's
-- year is null when the source gives none; a pathway's dates carry the precision the source gives.

-- The quote of each citation. Nullable here because rows loaded before this version get their quotes
-- from the next dataset load; the loader requires one for every citation.
alter table statistic_source add column quote text;
alter table pathway_source add column quote text;

-- A statistic whose sentence gives no year has none. The checks on year stay as they are: a null year
-- passes "year between 1990 and 2100" and "period_end >= year", so a figure known only to end in a year
-- ("by 2021": year null, period_end 2021) is allowed, and where both are given the order still holds.
alter table statistic alter column year drop not null;

-- How much of each pathway date the source gives (DatePrecision: DAY, MONTH, YEAR, NOT_STATED). A YEAR
-- date is the first of January, a MONTH date the first of its month; NOT_STATED goes with no date. Null
-- only on rows loaded before this version (the loader always writes one).
alter table pathway
    add column period_start_precision varchar(16)
        check (period_start_precision in ('DAY', 'MONTH', 'YEAR', 'NOT_STATED')),
    add column period_end_precision varchar(16)
        check (period_end_precision in ('DAY', 'MONTH', 'YEAR', 'NOT_STATED')),
    add check (period_start_precision is null or (period_start is null) = (period_start_precision = 'NOT_STATED')),
    add check (period_end_precision is null or (period_end is null) = (period_end_precision = 'NOT_STATED')),
    add check (period_start_precision is distinct from 'YEAR' or to_char(period_start, 'MM-DD') = '01-01'),
    add check (period_end_precision is distinct from 'YEAR' or to_char(period_end, 'MM-DD') = '01-01'),
    add check (period_start_precision is distinct from 'MONTH' or extract(day from period_start) = 1),
    add check (period_end_precision is distinct from 'MONTH' or extract(day from period_end) = 1);
