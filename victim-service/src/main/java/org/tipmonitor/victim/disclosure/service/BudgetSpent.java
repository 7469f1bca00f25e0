package org.tipmonitor.victim.disclosure.service;

/** The caller's daily budget of partner queries is spent; it is renewed at the next UTC midnight. */
public final class BudgetSpent extends RuntimeException {

    private final long retryAfterSeconds;

    BudgetSpent(int limit, long retryAfterSeconds) {
        super("the daily budget of " + limit + " case-statistics queries is spent; it is renewed at 00:00 UTC");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
