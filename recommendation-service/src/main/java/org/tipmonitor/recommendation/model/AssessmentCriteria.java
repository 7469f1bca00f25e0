package org.tipmonitor.recommendation.model;

import java.util.List;
import org.tipmonitor.api.vocabulary.ReviewState;

/** What a list of partner assessments selects by; empty or null means any. */
public record AssessmentCriteria(List<String> recommendationIds, String organization, ReviewState state) {
}
