package org.tipmonitor.gateway.client;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.vocabulary.Tier;

/** country-service, called with the caller's credentials (see ServiceCredentials); slow or failing calls trip a breaker. */
@RegisterRestClient(configKey = "country-service")
@Path("/api/v1")
@RegisterClientHeaders(CallerAuthorization.class)
@ApplyGuard(DownstreamGuards.COUNTRY)
public interface CountryClient {

    @GET
    @Path("/countries")
    Uni<List<CountryView>> countries(@QueryParam("tier") Tier tier, @QueryParam("year") Integer year);

    @GET
    @Path("/countries/{code}")
    Uni<CountryView> country(@PathParam("code") String code);

    @GET
    @Path("/assessments")
    Uni<Map<String, List<AssessmentView>>> assessments(@QueryParam("country") List<String> countries,
            @QueryParam("year") Integer year, @QueryParam("history") boolean history);

    /** The audit history of every assessment of these countries (admins and analysts; 403 for anyone else). */
    @GET
    @Path("/assessments/history")
    Uni<Map<String, List<RevisionView<AssessmentView>>>> assessmentHistory(@QueryParam("country") List<String> countries);

    @GET
    @Path("/tier-counts/{year}")
    Uni<TierCountView> tierCount(@PathParam("year") int year);
}
