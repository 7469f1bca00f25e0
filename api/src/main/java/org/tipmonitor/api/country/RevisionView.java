package org.tipmonitor.api.country;

import java.time.OffsetDateTime;
import org.tipmonitor.api.vocabulary.RevisionChange;

/**
 * One change in the audit history of a record of country-service (a country, an assessment, a statute, a
 * report's tier counts): the revision number (one per committed change, shared by every record that change
 * touched), when it was made, who made it (an admin's user name, or {@code dataset} for a dataset load),
 * what it did, and the record as the change left it ({@code state}; null when it was removed).
 */
public record RevisionView<T>(long revision, OffsetDateTime changedAt, String changedBy, RevisionChange change,
        T state) {
}
