package org.tipmonitor.gateway.graph;

import static org.tipmonitor.gateway.client.DownstreamGuards.VICTIM;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.victim.PartnerFindingView;
import org.tipmonitor.api.victim.RecordId;
import org.tipmonitor.api.victim.ReturnInput;
import org.tipmonitor.api.victim.ReviewStepInput;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.gateway.client.PartnerFindingClient;
import org.tipmonitor.gateway.config.GatewayConfig;
import org.tipmonitor.gateway.error.GraphErrors;
import org.tipmonitor.gateway.mapping.PartnerFindingMapper;
import org.tipmonitor.gateway.model.Organization;
import org.tipmonitor.gateway.model.PartnerFinding;
import org.tipmonitor.gateway.model.PartnerPathwayArguments;
import org.tipmonitor.gateway.model.PartnerStatisticArguments;
import org.tipmonitor.gateway.security.AccessRules;

/**
 * Partner findings (issue 12), from victim-service: statistics and recruitment pathways partner organizations
 * contribute, served apart from the official figures. victim-service decides who sees and changes which, from the
 * caller's own token; the graph checks the shape of what it passes on and names the arguments in its errors.
 */
@GraphQLApi
public class PartnerFindingGraph {

    static final String LIST = "Query.partnerFindings";
    private static final Pattern ID = Pattern.compile(RecordId.PATTERN);

    @Inject
    @RestClient
    PartnerFindingClient client;
    @Inject
    AccessRules access;
    @Inject
    GatewayConfig config;

    @Query
    @Description("Partner findings, newest first: published ones; also the caller's own organization's unpublished "
            + "ones, and every one for admins and analysts. Never among Country.statistics or recruitmentPathways.")
    public @NonNull Uni<List<@NonNull PartnerFinding>> partnerFindings(@Id String organization, ReviewState state,
            PartnerFindingKind kind, @Id String country) {
        access.requireReader();
        List<String> countries = country == null ? null : List.of(Arguments.countryCode("country", country));
        // As many as the query was priced for (tip.graph.list-bounds), so the price is the answer's true bound.
        int limit = config.graph().listBounds().getOrDefault(LIST, config.graph().defaultListBound());
        return Downstream.call(VICTIM, client.list(organization, state, kind, countries, limit)
                .map(list -> list.stream().map(PartnerFindingMapper::toFinding).toList()), List.of());
    }

    @Mutation
    @Description("Members and systems of a partner organization: a new draft statistic of their organization (id and "
            + "expectedVersion left out), or an edit of its draft or returned one (both given).")
    public @NonNull Uni<PartnerFinding> savePartnerStatistic(@Id String id, Integer expectedVersion,
            @NonNull PartnerStatisticArguments input) {
        access.requireReader();
        checkSave(id, expectedVersion);
        var body = PartnerFindingMapper.toInput(input, expectedVersion);
        return written(id == null ? client.createStatistic(body) : client.editStatistic(id, body));
    }

    @Mutation
    @Description("Members and systems of a partner organization: a new draft recruitment pathway of their "
            + "organization (id and expectedVersion left out), or an edit of its draft or returned one (both given).")
    public @NonNull Uni<PartnerFinding> savePartnerPathway(@Id String id, Integer expectedVersion,
            @NonNull PartnerPathwayArguments input) {
        access.requireReader();
        checkSave(id, expectedVersion);
        var body = PartnerFindingMapper.toInput(input, expectedVersion);
        return written(id == null ? client.createPathway(body) : client.editPathway(id, body));
    }

    @Mutation
    @Description("The organization asks for review of its draft or returned finding.")
    public @NonNull Uni<PartnerFinding> submitPartnerFinding(@NonNull @Id String id, int expectedVersion) {
        access.requireReader();
        return written(client.submit(checkedId(id), new ReviewStepInput(checkedVersion(expectedVersion))));
    }

    @Mutation
    @Description("Admins only: a submitted finding becomes visible to every partner, and never changes again.")
    public @NonNull Uni<PartnerFinding> publishPartnerFinding(@NonNull @Id String id, int expectedVersion) {
        access.requireReader();
        return written(client.publish(checkedId(id), new ReviewStepInput(checkedVersion(expectedVersion))));
    }

    @Mutation
    @Description("Admins only: a submitted finding goes back to its organization with a reason.")
    public @NonNull Uni<PartnerFinding> returnPartnerFinding(@NonNull @Id String id, int expectedVersion,
            @NonNull String reason) {
        access.requireReader();
        if (reason.isBlank()) {
            throw new GraphErrors.BadUserInput("reason must not be blank");
        }
        return written(client.returnToOrganization(checkedId(id), new ReturnInput(checkedVersion(expectedVersion), reason)));
    }

    @Description("The organization that contributed it.")
    public @NonNull Organization contributedBy(@Source PartnerFinding finding) {
        return organization(finding.organization());
    }

    /**
     * The seam for organization names. Keycloak holds them (Organizations); the services know an organization by
     * the alias in the token. Until the graph resolves names (the Organization type of the partner assessments,
     * issue 12), an organization is named by its alias: change it here, and every partner finding follows.
     */
    static Organization organization(String alias) {
        return new Organization(alias, alias);
    }

    private static void checkSave(String id, Integer expectedVersion) {
        if (id == null && expectedVersion != null) {
            throw new GraphErrors.BadUserInput("expectedVersion is for an edit: a new finding (no id) has no version yet");
        }
        if (id != null) {
            checkedId(id);
            if (expectedVersion == null) {
                throw new GraphErrors.BadUserInput("expectedVersion is required to edit a finding: the version you read");
            }
            checkedVersion(expectedVersion);
        }
    }

    private static String checkedId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new GraphErrors.BadUserInput("id must be lower-case letters, digits and hyphens, at most 80 characters");
        }
        return id;
    }

    private static int checkedVersion(int version) {
        if (version < 0) {
            throw new GraphErrors.BadUserInput("expectedVersion must not be negative");
        }
        return version;
    }

    private static Uni<PartnerFinding> written(Uni<PartnerFindingView> call) {
        return Downstream.call(VICTIM, call.map(PartnerFindingMapper::toFinding), null);
    }
}
