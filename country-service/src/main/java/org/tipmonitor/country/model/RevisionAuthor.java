package org.tipmonitor.country.model;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/**
 * Names who made a change when Envers opens a revision: the user name of the caller of the request that
 * made it (the same name recommendation-service records as recordedBy), or {@link #DATASET} when no caller
 * made it, which in this service is only the dataset load at start (DatasetStartup). Envers creates this
 * listener itself, outside CDI, so the caller is looked up in the container; outside a request there is
 * no request context and so no caller.
 */
public class RevisionAuthor implements RevisionListener {

    /** Who made a change that no request made: the dataset load. */
    public static final String DATASET = "dataset";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).changedBy = caller();
    }

    static String caller() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return DATASET;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        // Every write needs an admin (AccessRules), so a request without a signed-in caller changes nothing here.
        return identity == null || identity.isAnonymous() ? DATASET : identity.getPrincipal().getName();
    }
}
