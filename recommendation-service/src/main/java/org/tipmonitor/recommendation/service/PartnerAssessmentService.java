package org.tipmonitor.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tipmonitor.api.recommendation.PartnerAssessmentInput;
import org.tipmonitor.api.recommendation.ReviewInput;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.commons.problem.ConflictException;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.recommendation.model.AssessmentCriteria;
import org.tipmonitor.recommendation.model.AssessmentDetails;
import org.tipmonitor.recommendation.model.AssessmentScope;
import org.tipmonitor.recommendation.model.PartnerAssessment;
import org.tipmonitor.recommendation.model.ReviewStep;
import org.tipmonitor.recommendation.repository.PartnerAssessmentRepository;
import org.tipmonitor.recommendation.repository.RecommendationRepository;

/**
 * Partner organizations' assessments of implementation and their review (ReviewState: DRAFT → SUBMITTED →
 * PUBLISHED, or back to RETURNED and submitted again). Beside the official record, never touching it.
 *
 * <p>Who the caller is comes in as parameters the REST layer takes from security.AccessRules: the scope it
 * sees, the organization it writes for, its user name. An assessment outside the caller's scope is
 * "not found", never "forbidden", so that no answer tells one organization that another has a draft.
 *
 * <p>Every change names the version its writer read: a stale one is 409, and of writers racing with the
 * same version JPA's optimistic lock lets exactly one change the row (the others' update matches no row:
 * OptimisticLockException, 409). Each method is one transaction: an error writes nothing.
 */
@ApplicationScoped
public class PartnerAssessmentService {

    @Inject
    PartnerAssessmentRepository assessments;
    @Inject
    RecommendationRepository recommendations;
    @Inject
    OrganizationDirectory directory;

    public List<PartnerAssessment> list(AssessmentCriteria criteria, AssessmentScope scope) {
        return assessments.visible(criteria, scope);
    }

    /** One assessment the scope lets the caller see; 404 for any other, whether it exists or not. */
    public PartnerAssessment get(long id, AssessmentScope scope) {
        PartnerAssessment assessment = assessments.findById(id);
        if (assessment == null || !scope.sees(assessment)) {
            throw new NotFoundException("No partner assessment " + id);
        }
        return assessment;
    }

    /** A new draft of {@code organization}, written by {@code user}. */
    @Transactional
    public PartnerAssessment create(PartnerAssessmentInput input, String organization, String user) {
        if (recommendations.findById(input.recommendationId()) == null) {
            throw new InvalidInputException("recommendationId", "no recommendation has this id");
        }
        Instant now = now();
        PartnerAssessment assessment = new PartnerAssessment();
        assessment.recommendationId = input.recommendationId();
        assessment.organization = organization;
        assessment.state = ReviewState.DRAFT;
        assessment.createdAt = now;
        assessment.createdBy = user;
        write(assessment, input, now, user);
        assessments.persist(assessment);
        assessments.flush();
        return assessment;
    }

    /** An edit of the organization's own draft or returned assessment; it stays in its state. */
    @Transactional
    public PartnerAssessment edit(long id, PartnerAssessmentInput input, String organization, AssessmentScope scope,
            String user) {
        if (input.expectedVersion() == null) {
            throw new InvalidInputException("expectedVersion", "the version you read is required to edit an assessment");
        }
        PartnerAssessment assessment = ownOrganizations(id, organization, scope);
        if (!assessment.recommendationId.equals(input.recommendationId())) {
            throw new InvalidInputException("recommendationId", "an assessment stays with its recommendation ("
                    + assessment.recommendationId + "); assess another one in a new assessment");
        }
        if (!assessment.state.editableByOrganization()) {
            throw new ConflictException("Partner assessment " + id + " is " + assessment.state
                    + ": only a DRAFT or RETURNED assessment can be edited");
        }
        expectVersion(assessment, input.expectedVersion());
        write(assessment, input, now(), user);
        assessments.flush();
        return assessment;
    }

    /** The organization asks for review of its draft or returned assessment. */
    @Transactional
    public PartnerAssessment submit(long id, ReviewInput input, String organization, AssessmentScope scope, String user) {
        noReason(input);
        PartnerAssessment assessment = ownOrganizations(id, organization, scope);
        Instant now = now();
        move(assessment, ReviewState.SUBMITTED, input.expectedVersion(), now, user);
        assessment.submittedAt = now;
        assessment.returnReason = null;
        return review(assessment, now, user, null);
    }

    /** An admin publishes a submitted assessment: every partner sees it from now on, and it no longer changes. */
    @Transactional
    public PartnerAssessment publish(long id, ReviewInput input, String user) {
        noReason(input);
        PartnerAssessment assessment = get(id, AssessmentScope.all());
        Instant now = now();
        move(assessment, ReviewState.PUBLISHED, input.expectedVersion(), now, user);
        assessment.publishedAt = now;
        return review(assessment, now, user, null);
    }

    /** An admin returns a submitted assessment to its organization, saying why. */
    @Transactional
    public PartnerAssessment giveBack(long id, ReviewInput input, String user) {
        if (input.reason() == null || input.reason().isBlank()) {
            throw new InvalidInputException("reason", "must say why the assessment is returned");
        }
        PartnerAssessment assessment = get(id, AssessmentScope.all());
        Instant now = now();
        move(assessment, ReviewState.RETURNED, input.expectedVersion(), now, user);
        assessment.returnReason = input.reason().strip();
        return review(assessment, now, user, assessment.returnReason);
    }

    /** What the views show beyond the rows: each organization's name, and the review steps of all in one query. */
    public List<AssessmentDetails> details(List<PartnerAssessment> list) {
        Map<Long, List<ReviewStep>> reviews = assessments.reviewsOf(list.stream().map(a -> a.id).toList());
        List<AssessmentDetails> details = new ArrayList<>(list.size());
        for (PartnerAssessment a : list) {
            details.add(new AssessmentDetails(a, directory.nameOf(a.organization), reviews.getOrDefault(a.id, List.of())));
        }
        return details;
    }

    public AssessmentDetails details(PartnerAssessment assessment) {
        return details(List.of(assessment)).get(0);
    }

    /** The display name of an organization, by alias. */
    public String organizationName(String alias) {
        return directory.nameOf(alias);
    }

    /**
     * An assessment of the caller's own organization: 404 when the caller may not see it at all, 403 when
     * it sees it (published) but it is another organization's.
     */
    private PartnerAssessment ownOrganizations(long id, String organization, AssessmentScope scope) {
        PartnerAssessment assessment = get(id, scope);
        if (!assessment.organization.equals(organization)) {
            throw new ForbiddenException("Partner assessment " + id + " is another organization's");
        }
        return assessment;
    }

    private static void write(PartnerAssessment assessment, PartnerAssessmentInput input, Instant now, String user) {
        assessment.status = input.status();
        assessment.note = input.note().strip();
        assessment.evidenceUrls = new ArrayList<>(input.evidenceUrls());
        assessment.asOf = input.asOf();
        assessment.updatedAt = now;
        assessment.updatedBy = user;
    }

    private static void move(PartnerAssessment assessment, ReviewState target, int expectedVersion, Instant now,
            String user) {
        if (!assessment.state.canMoveTo(target)) {
            throw new ConflictException("Partner assessment " + assessment.id + " is " + assessment.state
                    + " and cannot become " + target);
        }
        expectVersion(assessment, expectedVersion);
        assessment.state = target;
        assessment.updatedAt = now;
        assessment.updatedBy = user;
    }

    /** Flushes the change (the optimistic lock decides a race here), then records the step with its version. */
    private PartnerAssessment review(PartnerAssessment assessment, Instant now, String user, String reason) {
        assessments.flush();
        ReviewStep step = new ReviewStep();
        step.assessmentId = assessment.id;
        step.version = assessment.version;
        step.state = assessment.state;
        step.at = now;
        step.by = user;
        step.reason = reason;
        assessments.record(step);
        return assessment;
    }

    private static void expectVersion(PartnerAssessment assessment, int expectedVersion) {
        if (assessment.version != expectedVersion) {
            throw new ConflictException("Partner assessment " + assessment.id + " is at version " + assessment.version
                    + ", not " + expectedVersion + "; read it again and retry");
        }
    }

    private static void noReason(ReviewInput input) {
        if (input.reason() != null) {
            throw new InvalidInputException("reason", "is only given when an assessment is returned");
        }
    }

    /** PostgreSQL keeps microseconds: the answer shows the time as stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

}
