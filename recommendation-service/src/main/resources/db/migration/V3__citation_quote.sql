-- Every citation carries the sentence or sentences of its source that support the recommendation,
-- word for word. Nullable here because existing rows get their quotes from the next dataset load;
-- the dataset's validation requires it.
alter table recommendation_source add column quote text;
