package org.tipmonitor.gateway.graph;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.gateway.client.CountryClient;
import org.tipmonitor.gateway.client.DownstreamGuards;
import org.tipmonitor.gateway.mapping.GraphMapper;
import org.tipmonitor.gateway.model.Country;

/** Resolves country codes to countries: one call to country-service per request, however many codes. */
@ApplicationScoped
class CountryDirectory {

    @Inject
    @RestClient
    CountryClient countries;
    @Inject
    RequestBatch batch;

    Uni<Country> resolve(String code) {
        batch.register(List.of(code));
        Uni<Map<String, Country>> all = batch.once("country-directory", () -> countries.countries(null, null)
                .map(list -> GraphMapper.toCountries(list).stream()
                        .collect(Collectors.toMap(Country::code, Function.identity()))));
        // A code country-service does not know (or cannot tell now) still names a country: show the code.
        return Downstream.call(DownstreamGuards.COUNTRY, all, Map.of())
                .onFailure().recoverWithItem(Map.of())
                .map(byCode -> byCode.getOrDefault(code, new Country(code, code, null)));
    }
}
