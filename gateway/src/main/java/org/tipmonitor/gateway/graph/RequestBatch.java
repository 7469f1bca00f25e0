package org.tipmonitor.gateway.graph;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Batches per-country fields within one GraphQL request. Resolvers that return countries register
 * their codes; a per-country field then makes one call for all registered countries, shared by every
 * country of the answer, so the number of service calls does not grow with the number of countries.
 * Each field still resolves on its own, so a failed service leaves only its own fields empty.
 */
@RequestScoped
public class RequestBatch {

    private final Set<String> countries = ConcurrentHashMap.newKeySet();
    private final Map<String, Uni<?>> calls = new ConcurrentHashMap<>();

    public void register(Collection<String> codes) {
        countries.addAll(codes);
    }

    /**
     * One call per field and arguments for the countries registered so far; a country registered
     * later (deeper in the query) joins a new call for the then-registered set.
     */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> forCountries(String field, Function<List<String>, Uni<T>> call) {
        List<String> codes = List.copyOf(new TreeSet<>(countries));
        String key = field + codes;
        return (Uni<T>) calls.computeIfAbsent(key, k -> call.apply(codes).memoize().indefinitely());
    }

    /** One call per key for the whole request, e.g. the country directory. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> once(String key, java.util.function.Supplier<Uni<T>> call) {
        return (Uni<T>) calls.computeIfAbsent(key, k -> call.get().memoize().indefinitely());
    }
}
