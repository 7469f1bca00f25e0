package org.tipmonitor.gateway.mapping;

import org.tipmonitor.api.recommendation.OrganizationView;
import org.tipmonitor.api.recommendation.PartnerAssessmentView;
import org.tipmonitor.gateway.model.Organization;
import org.tipmonitor.gateway.model.PartnerAssessment;

/** recommendation-service's partner assessment views to the graph's types. Pure functions: no I/O, no state. */
public final class PartnerAssessmentGraphMapper {

    private PartnerAssessmentGraphMapper() {
    }

    public static PartnerAssessment toAssessment(PartnerAssessmentView a) {
        return new PartnerAssessment(String.valueOf(a.id()), a.recommendationId(), toOrganization(a.organization()),
                a.status(), a.note(), a.evidenceUrls() == null ? java.util.List.of() : a.evidenceUrls(), a.asOf(),
                a.state(), a.returnReason(), a.version(), a.submittedAt(), a.publishedAt());
    }

    public static Organization toOrganization(OrganizationView o) {
        return o == null ? null : new Organization(o.id(), o.name());
    }
}
