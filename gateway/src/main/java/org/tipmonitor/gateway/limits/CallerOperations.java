package org.tipmonitor.gateway.limits;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Operations running per caller, so that one caller's many heavy queries wait their turn instead of
 * taking the services' capacity from everyone else. A caller with none running holds no entry, so the
 * map is as large as the number of callers active at this moment, not of all callers ever seen.
 */
final class CallerOperations {

    private final int limit;
    private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

    CallerOperations(int limit) {
        this.limit = limit;
    }

    /**
     * Who a caller is for these limits: the token's principal (user or partner system), or null for a
     * caller without a token, who gets no data and is not limited per caller.
     */
    static String callerOf(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    int limit() {
        return limit;
    }

    /** Counts one more operation of this caller, unless it has {@link #limit()} running: then false. */
    boolean tryAcquire(String caller) {
        boolean[] acquired = {false};
        running.compute(caller, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limit) {
                return count;
            }
            acquired[0] = true;
            return now + 1;
        });
        return acquired[0];
    }

    void release(String caller) {
        running.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Operations this caller has running (for tests and health). */
    int running(String caller) {
        return running.getOrDefault(caller, 0);
    }
}
