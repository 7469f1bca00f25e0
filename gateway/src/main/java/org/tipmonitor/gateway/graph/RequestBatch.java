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
    /**
     * The registered codes as the sorted list a call is made for, with the generation it was taken at:
     * a per-country field asks for it once per country, so it is built once per change of the set, not
     * per country (sorting and copying the set for each of 188 countries and each field made a query of
     * every country cost quadratic time in the gateway).
     */
    private volatile Snapshot snapshot = new Snapshot(0, List.of());
    private int generation;

    private record Snapshot(int generation, List<String> codes) {
    }

    public void register(Collection<String> codes) {
        synchronized (countries) {
            if (countries.addAll(codes)) {
                generation++;
            }
        }
    }

    /**
     * One call per field and arguments for the countries registered so far; a country registered
     * later (deeper in the query) joins a new call for the then-registered set.
     */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> forCountries(String field, Function<List<String>, Uni<T>> call) {
        Snapshot now = current();
        // The set only grows, so its generation names its content: the same generation, the same codes.
        String key = field + "#" + now.generation();
        return (Uni<T>) calls.computeIfAbsent(key, k -> call.apply(now.codes()).memoize().indefinitely());
    }

    private Snapshot current() {
        Snapshot taken = snapshot;
        synchronized (countries) {
            if (taken.generation() != generation) {
                taken = new Snapshot(generation, List.copyOf(new TreeSet<>(countries)));
                snapshot = taken;
            }
        }
        return taken;
    }

    /** One call per key for the whole request, e.g. the country directory. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> once(String key, java.util.function.Supplier<Uni<T>> call) {
        return (Uni<T>) calls.computeIfAbsent(key, k -> call.get().memoize().indefinitely());
    }
}
