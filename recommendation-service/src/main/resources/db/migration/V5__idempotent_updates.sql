-- Idempotent writes: an update may carry the key its client chose for it (requestId). A retry with the
-- same key answers the stored update instead of writing a second one. Keys are unique across the
-- service, not per recommendation: a key names one intended write, so the same key on another
-- recommendation is a client's mistake that must be refused, not a second write. The shape is the API's
-- (org.tipmonitor.api.validation.RequestId); null for updates written without a key.
alter table implementation_update
    add column request_id varchar(100) check (request_id ~ '^[A-Za-z0-9._:-]{16,100}$');

create unique index implementation_update_by_request_id on implementation_update (request_id);
