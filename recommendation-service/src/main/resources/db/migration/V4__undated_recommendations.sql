-- A recommendation whose source is undated has no report year (null), and its id says so with ND in
-- place of the year, e.g. ART-ND-01: an id never spells a year its source does not give.
alter table recommendation alter column report_year drop not null;
alter table recommendation drop constraint recommendation_id_check;
alter table recommendation add constraint recommendation_id_check
    check (id ~ '^[A-Z]{3}-([0-9]{4}|ND)-[0-9]{2}$');
alter table recommendation add constraint recommendation_id_spells_report_year
    check (case when report_year is null then substr(id, 5, 3) = 'ND-' else substr(id, 5, 5) = report_year || '-' end);

-- One recommendation per position of a report; the undated recommendations of an issuer on a
-- country form one report (a plain unique constraint would let nulls repeat).
alter table recommendation drop constraint recommendation_issuer_country_code_report_year_position_key;
create unique index recommendation_one_per_report_position
    on recommendation (issuer, country_code, coalesce(report_year, 0), position);

-- The article "Sex Trafficking in Russia" (prefix ART) is undated; its recommendations were filed
-- under 2024 as ART-2024-nn. They become ART-ND-nn without a year, keeping their citations and their
-- implementation history (moved with them, not changed: the append-only trigger is paused only for
-- this move). The next dataset load writes the rest of the corrected record.
insert into recommendation (id, country_code, report_year, issuer, addressee, pillar, position, text, previous_id,
        wording_change, years_outstanding, created_at, status, version, last_updated_at)
    select 'ART-ND-' || substr(id, 10, 2), country_code, null, issuer, addressee, pillar, position, text, null,
           wording_change, years_outstanding, created_at, status, version, last_updated_at
    from recommendation where id ~ '^ART-2024-[0-9]{2}$';
update recommendation_source set recommendation_id = 'ART-ND-' || substr(recommendation_id, 10, 2)
    where recommendation_id ~ '^ART-2024-[0-9]{2}$';
update recommendation_addressee_country set recommendation_id = 'ART-ND-' || substr(recommendation_id, 10, 2)
    where recommendation_id ~ '^ART-2024-[0-9]{2}$';
alter table implementation_update disable trigger implementation_update_append_only;
update implementation_update set recommendation_id = 'ART-ND-' || substr(recommendation_id, 10, 2)
    where recommendation_id ~ '^ART-2024-[0-9]{2}$';
alter table implementation_update enable trigger implementation_update_append_only;
delete from recommendation where id ~ '^ART-2024-[0-9]{2}$';
