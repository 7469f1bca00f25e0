package org.tipmonitor.gateway.graph;

import static org.tipmonitor.gateway.client.DownstreamGuards.VICTIM;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.gateway.client.VictimClient;
import org.tipmonitor.gateway.error.GraphErrors;
import org.tipmonitor.gateway.limits.HeavyCallLimit;
import org.tipmonitor.gateway.mapping.GraphMapper;
import org.tipmonitor.gateway.model.CaseFilter;
import org.tipmonitor.gateway.model.CaseStatistics;
import org.tipmonitor.gateway.model.Country;
import org.tipmonitor.gateway.model.RecruitmentPathway;
import org.tipmonitor.gateway.model.Statistic;
import org.tipmonitor.gateway.security.AccessRules;

/** Statistics, recruitment pathways and case aggregates, from victim-service. */
@GraphQLApi
public class VictimGraph {

    @Inject
    @RestClient
    VictimClient client;
    @Inject
    CountryDirectory directory;
    @Inject
    AccessRules access;
    @Inject
    RequestBatch batch;
    @Inject
    HeavyCallLimit heavyCalls;

    @Query
    @Description("Recruitment pathways, optionally only those from one country, to one country or into one form of "
            + "exploitation.")
    public @NonNull Uni<List<@NonNull RecruitmentPathway>> recruitmentPathways(
            @Description("Only pathways from this country (ISO 3166-1 alpha-3).") @Id String origin,
            @Description("Only pathways to this country (ISO 3166-1 alpha-3).") @Id String destination,
            @Description("Only pathways into this form of exploitation.") ExploitationType exploitation) {
        access.requireReader();
        return Downstream.call(VICTIM, client.pathways(Arguments.countryCode("origin", origin),
                Arguments.countryCode("destination", destination), exploitation, null).map(GraphMapper::toPathways), List.of());
    }

    @Query
    @Description("Aggregated case counts; cells below the disclosure threshold are suppressed for partners. Null, "
            + "with an UNAVAILABLE error, when the case data cannot be reached: the rest of the answer stands.")
    public Uni<CaseStatistics> caseStatistics(
            @Description("The dimensions to group by, at least one; their order does not matter.") @NonNull List<@NonNull CaseDimension> groupBy,
            @Description("Which records to count; all when left out.") CaseFilter filter) {
        access.requireReader();
        CaseFilter f = filter == null ? new CaseFilter(null, null, null, null) : filter;
        if (f.yearFrom() != null && f.yearTo() != null && f.yearFrom() > f.yearTo()) {
            throw new GraphErrors.BadUserInput("filter.yearFrom must not be after filter.yearTo");
        }
        // Disclosure control is the victim-service's: it sees the caller's own token and roles.
        String citizenship = Arguments.countryCode("filter.citizenship", f.citizenship());
        String exploitedIn = Arguments.countryCode("filter.countryOfExploitation", f.countryOfExploitation());
        // At most so many aggregates per caller at once; one more is refused, not sent (HeavyCallLimit).
        return Downstream.call(VICTIM, heavyCalls.heavy(() -> client.caseStatistics(groupBy.stream().distinct().toList(),
                f.yearFrom(), f.yearTo(), citizenship, exploitedIn))
                .map(GraphMapper::toCaseStatistics), null);
    }

    @Description("Published figures about victims or people at risk in this country.")
    public @NonNull Uni<List<@NonNull Statistic>> statistics(
            @Source Country country,
            @Description("Only figures whose period covers this calendar year.") Integer year) {
        return Downstream.call(VICTIM, batch.forCountries("statistics:" + year,
                codes -> client.statistics(codes, year)), List.of())
                .map(byCountry -> byCountry.getOrDefault(country.code(), List.of()).stream()
                        .map(GraphMapper::toStatistic).toList());
    }

    @Description("Pathways where this country is the origin or the destination.")
    public @NonNull Uni<List<@NonNull RecruitmentPathway>> recruitmentPathways(@Source Country country) {
        // Indexed by both ends once per call, not filtered anew for each country of the answer.
        return Downstream.call(VICTIM, batch.forCountries("pathways",
                codes -> client.pathways(null, null, null, codes).map(VictimGraph::byEnd)), List.of())
                .map(byEnd -> byEnd.getOrDefault(country.code(), List.of()));
    }

    private static Map<String, List<RecruitmentPathway>> byEnd(List<PathwayView> pathways) {
        Map<String, List<RecruitmentPathway>> byEnd = new HashMap<>();
        for (PathwayView view : pathways) {
            RecruitmentPathway pathway = GraphMapper.toPathway(view);
            for (String end : new LinkedHashSet<>(Arrays.asList(view.origin(), view.destination()))) {
                if (end != null) {
                    byEnd.computeIfAbsent(end, c -> new ArrayList<>()).add(pathway);
                }
            }
        }
        return byEnd;
    }

    @Description("The country people are recruited from.")
    public @NonNull Uni<Country> origin(@Source RecruitmentPathway pathway) {
        return directory.resolve(pathway.originCode());
    }

    @Description("The country people are taken to and exploited in.")
    public @NonNull Uni<Country> destination(@Source RecruitmentPathway pathway) {
        return directory.resolve(pathway.destinationCode());
    }
}
