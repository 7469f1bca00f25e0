package org.tipmonitor.api.vocabulary;

import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/**
 * Where a partner organization's contribution (its assessment of a recommendation's implementation, a
 * statistic or a recruitment pathway it reports) stands in the review that comes before publication,
 * as the gateway's contract names it. Until it is published only its own organization, admins and
 * analysts see it; published, every partner sees it with the organization's name, and it no longer
 * changes. This is the one definition of the review for every service: which states the organization
 * may still edit, and which moves exist.
 */
@Description("Where a partner organization's contribution stands in the review before publication. Until it is "
        + "published only its organization, admins and analysts see it.")
public enum ReviewState {
    /** Being written by its organization. */
    @Description("Being written by its organization.")
    DRAFT,
    /** Its organization asked for review; an admin publishes or returns it. */
    @Description("Its organization asked for review; an admin publishes or returns it.")
    SUBMITTED,
    /** Visible to every partner; append-only from here. */
    @Description("Visible to every partner, with the organization's name; it no longer changes.")
    PUBLISHED,
    /** An admin sent it back with a reason; its organization edits and submits it again. */
    @Description("An admin sent it back with a reason; its organization edits it and submits it again.")
    RETURNED;

    /** The organization may still change it (save). */
    public boolean editableByOrganization() {
        return this == DRAFT || this == RETURNED;
    }

    /** The states this one may move to; save keeps a draft or returned contribution where it is. */
    public Set<ReviewState> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(PUBLISHED, RETURNED);
            case PUBLISHED -> Set.of();
        };
    }

    public boolean canMoveTo(ReviewState target) {
        return next().contains(target);
    }
}
