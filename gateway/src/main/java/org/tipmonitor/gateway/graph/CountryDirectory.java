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
import org.tipmonitor.gateway.model.Country;

/** Resolves country codes to countries with one call for a whole batch. */
@ApplicationScoped
class CountryDirectory {

    @Inject
    @RestClient
    CountryClient countries;

    Uni<List<Country>> resolve(List<String> codes) {
        return Downstream.call("country-service", countries.countries(null, null), null).map(all -> {
            Map<String, Country> byCode = all.stream().collect(Collectors.toMap(Country::code, Function.identity()));
            // A code the country-service does not know still names a country: show the code as its name.
            return codes.stream().map(code -> byCode.getOrDefault(code, new Country(code, code, null))).toList();
        });
    }
}
