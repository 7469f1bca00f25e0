package org.tipmonitor.recommendation.model;

import java.util.List;

/** An assessment with what its view shows beyond the row: its organization's name and its review steps. */
public record AssessmentDetails(PartnerAssessment assessment, String organizationName, List<ReviewStep> reviews) {
}
