package org.tipmonitor.victim.disclosure.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.victim.disclosure.model.CaseFilter;
import org.tipmonitor.victim.disclosure.model.PartnerQuery;
import org.tipmonitor.victim.disclosure.repository.PartnerQueryRepository;
import org.tipmonitor.victim.security.AccessRules;

/**
 * Partner queries of case statistics: each one is logged for admins (who, organization, what, when)
 * and charged to the caller's daily budget ({@code tip.disclosure.daily-queries} per token subject and
 * UTC day). The budget bounds how many differently shaped queries one partner can combine in a day,
 * which is what the remaining differencing attacks need (README, "Disclosure control").
 */
@ApplicationScoped
public class PartnerQueryService {

    /** The most log entries one read returns. */
    public static final int MAX_LISTED = 1000;

    @Inject
    PartnerQueryRepository repository;
    @Inject
    DisclosureConfig config;
    /** tip.disclosure.partner.queries by outcome: answered, or refused because the day's budget is spent. */
    @Inject
    MeterRegistry metrics;

    /** Logs the query and charges it; throws {@link BudgetSpent} (the refusal is logged too) when spent. */
    public void charge(AccessRules.Caller caller, List<CaseDimension> groupBy, CaseFilter filter) {
        String grouping = new TreeSet<>(groupBy).stream().map(Enum::name).collect(Collectors.joining(","));
        String asked = "yearFrom=" + text(filter.yearFrom()) + ";yearTo=" + text(filter.yearTo())
                + ";citizenship=" + text(filter.citizenship()) + ";countryOfExploitation="
                + text(filter.countryOfExploitation());
        int limit = config.dailyQueries();
        if (!repository.chargeAndLog(caller.subject(), caller.userName(), caller.client(), caller.organization(),
                grouping, asked, limit)) {
            metrics.counter("tip.disclosure.partner.queries", "outcome", "refused").increment();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            OffsetDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            throw new BudgetSpent(limit, Math.max(1, Duration.between(now, midnight).toSeconds()));
        }
        metrics.counter("tip.disclosure.partner.queries", "outcome", "answered").increment();
    }

    /** The log of one UTC day (today when null), newest first, optionally of one subject. */
    public List<PartnerQuery> queries(LocalDate day, String subject) {
        return repository.queries(day == null ? LocalDate.now(ZoneOffset.UTC) : day, subject, MAX_LISTED);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
