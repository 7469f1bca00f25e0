package org.tipmonitor.api.victim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;

/**
 * A recruitment pathway as a partner organization writes it: the fields of an official pathway (PathwayView),
 * checked by victim-service with exactly the rules of the official records (the dataset's PathwayInput), without
 * {@code id} (assigned by the service), and with its own source document. {@code means} are the names of the
 * means of deception and control (FRAUDULENT_JOB_OFFER, DEBT_BONDAGE, ...). {@code expectedVersion}: left out for
 * a new draft, the version read for an edit.
 */
public record PartnerPathwayInput(String origin, String originRegion, String destination, String destinationRegion,
        List<String> transit, List<ExploitationType> exploitation, String recruiter, RecruiterType recruiterType,
        List<String> means, String sector, Integer estimatedVictims, Integer upperValue, Qualifier qualifier,
        LocalDate periodStart, DatePrecision periodStartPrecision, LocalDate periodEnd,
        DatePrecision periodEndPrecision, Boolean officialComplicity, String description,
        @NotNull @Valid PartnerSourceInput source,
        @PositiveOrZero Integer expectedVersion) {
}
