package org.tipmonitor.recommendation.rest;

import io.quarkus.security.identity.SecurityIdentity;

/** What a caller may see, by realm role. */
final class Callers {

    private Callers() {
    }

    /** Who recorded an update is for admins and analysts; partners see null. */
    static boolean seeRecorders(SecurityIdentity caller) {
        return caller.hasRole("admin") || caller.hasRole("analyst");
    }
}
