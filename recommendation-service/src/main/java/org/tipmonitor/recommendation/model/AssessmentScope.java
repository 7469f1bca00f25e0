package org.tipmonitor.recommendation.model;

/**
 * Which partner assessments a caller sees (security.AccessRules decides it): every one ({@code everything},
 * admins and analysts), or the published ones plus the unpublished ones of {@code organization} (a
 * member's own; null for a caller of no organization, who sees the published ones only).
 */
public record AssessmentScope(boolean everything, String organization) {

    public static AssessmentScope all() {
        return new AssessmentScope(true, null);
    }

    public static AssessmentScope publishedAnd(String organization) {
        return new AssessmentScope(false, organization);
    }

    public boolean sees(PartnerAssessment assessment) {
        return everything || assessment.state == org.tipmonitor.api.vocabulary.ReviewState.PUBLISHED
                || assessment.organization.equals(organization);
    }
}
