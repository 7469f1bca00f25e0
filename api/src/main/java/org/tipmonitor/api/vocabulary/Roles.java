package org.tipmonitor.api.vocabulary;

/**
 * The realm roles of tip-monitor (deploy/keycloak/tip-monitor-realm.json). What each may do is written
 * in each service's access rules; these are only the names, written once.
 */
public final class Roles {

    /** Writes, imports, records implementation, sees everything. */
    public static final String ADMIN = "admin";
    /** Reads everything exactly, writes nothing. */
    public static final String ANALYST = "analyst";
    /** A partner organization: published data, disclosure-controlled aggregates, no names of recorders. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
