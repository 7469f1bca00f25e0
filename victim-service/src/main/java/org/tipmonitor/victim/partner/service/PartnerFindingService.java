package org.tipmonitor.victim.partner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.victim.PartnerPathwayInput;
import org.tipmonitor.api.victim.PartnerSourceInput;
import org.tipmonitor.api.victim.PartnerStatisticInput;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.commons.dataset.ReferenceFiles;
import org.tipmonitor.commons.problem.ConflictException;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.victim.partner.model.Finding;
import org.tipmonitor.victim.partner.model.FindingCriteria;
import org.tipmonitor.victim.partner.model.PartnerFinding;
import org.tipmonitor.victim.partner.model.ReviewEvent;
import org.tipmonitor.victim.partner.repository.PartnerFindingRepository;
import org.tipmonitor.victim.published.dataset.PathwayInput;
import org.tipmonitor.victim.published.dataset.StatisticInput;
import org.tipmonitor.victim.published.model.ControlMeans;
import org.tipmonitor.victim.security.AccessRules;

/**
 * Partner findings: statistics and recruitment pathways contributed by partner organizations, through the review
 * that ReviewState defines (draft → submitted → published, or returned with a reason and submitted again).
 *
 * <ul>
 * <li>Content is checked by the official records' own rules: the input becomes the dataset's StatisticInput or
 * PathwayInput (reporting NGO, the organization's document as the citation) and is validated as such, so a
 * partner figure is held to exactly what an official one is. Violations name the request's fields.</li>
 * <li>Every write names the version it read; Hibernate's version check makes the loser of a race get 409
 * and write nothing. Every step (creation, edit, submission, publication, return) is appended to the
 * history with who and when.</li>
 * <li>A finding the caller may not see is answered 404, as if it did not exist: another organization's draft
 * is not even confirmed to exist.</li>
 * </ul>
 */
@ApplicationScoped
public class PartnerFindingService {

    /** The id the organization's own document has in the citation the official rules check (never stored). */
    static final String OWN_DOCUMENT = "partner-document";

    @Inject
    PartnerFindingRepository findings;
    @Inject
    AccessRules access;
    @Inject
    Validator validator;
    @Inject
    ObjectMapper json;
    @Inject
    ReferenceFiles referenceFiles;
    @ConfigProperty(name = "tip.dataset.dir")
    Optional<Path> datasetFolder;

    /** The shared country list's codes, read once: records name only countries the gateway can resolve. */
    private volatile Set<String> countryCodes;

    /** The most findings one list answers ({@code limit}'s default and ceiling). */
    public static final int MAX_LIST = 500;

    /** At most {@code limit} (1 to MAX_LIST) of the findings the caller may see, newest first. */
    public List<Finding> list(String organization, ReviewState state, PartnerFindingKind kind,
            Collection<String> countries, int limit) {
        FindingCriteria criteria = new FindingCriteria(organization, state, kind, countries,
                access.seesEveryPartnerFinding(), access.organizations());
        return findings.filtered(criteria, limit).stream().map(this::read).toList();
    }

    public Finding get(String id) {
        return read(visible(id));
    }

    @Transactional
    public Finding createStatistic(PartnerStatisticInput input, String user) {
        noVersionForNew(input.expectedVersion());
        String organization = access.contributingOrganization();
        PartnerFinding row = newRow(PartnerFindingKind.STATISTIC, organization);
        check(statisticRules(row.id, input));
        writeStatistic(row, input);
        return created(row, user);
    }

    @Transactional
    public Finding editStatistic(String id, PartnerStatisticInput input, String user) {
        PartnerFinding row = editable(id, PartnerFindingKind.STATISTIC, input.expectedVersion());
        check(statisticRules(row.id, input));
        writeStatistic(row, input);
        return step(row, row.state, user, null);
    }

    @Transactional
    public Finding createPathway(PartnerPathwayInput input, String user) {
        noVersionForNew(input.expectedVersion());
        String organization = access.contributingOrganization();
        PartnerFinding row = newRow(PartnerFindingKind.PATHWAY, organization);
        check(pathwayRules(row.id, input));
        writePathway(row, input);
        return created(row, user);
    }

    @Transactional
    public Finding editPathway(String id, PartnerPathwayInput input, String user) {
        PartnerFinding row = editable(id, PartnerFindingKind.PATHWAY, input.expectedVersion());
        check(pathwayRules(row.id, input));
        writePathway(row, input);
        return step(row, row.state, user, null);
    }

    /** The organization asks for review of its draft or returned finding. */
    @Transactional
    public Finding submit(String id, int expectedVersion, String user) {
        PartnerFinding row = ownFinding(id);
        move(row, expectedVersion, ReviewState.SUBMITTED);
        row.submittedAt = now();
        row.returnReason = null;
        return step(row, ReviewState.SUBMITTED, user, null);
    }

    /** Admins: a submitted finding becomes visible to every partner, and never changes again. */
    @Transactional
    public Finding publish(String id, int expectedVersion, String user) {
        access.requireFindingReviewer();
        PartnerFinding row = visible(id);
        move(row, expectedVersion, ReviewState.PUBLISHED);
        row.publishedAt = now();
        return step(row, ReviewState.PUBLISHED, user, null);
    }

    /** Admins: a submitted finding goes back to its organization, with the reason. */
    @Transactional
    public Finding returnToOrganization(String id, int expectedVersion, String reason, String user) {
        access.requireFindingReviewer();
        PartnerFinding row = visible(id);
        move(row, expectedVersion, ReviewState.RETURNED);
        row.returnReason = reason.strip();
        return step(row, ReviewState.RETURNED, user, row.returnReason);
    }

    // --- the review

    private PartnerFinding visible(String id) {
        return findings.findByIdOptional(id)
                .filter(f -> f.state == ReviewState.PUBLISHED || access.seesEveryPartnerFinding()
                        || access.organizations().contains(f.organization))
                .orElseThrow(() -> new NotFoundException("No partner finding " + Checks.excerpt(id)));
    }

    /** A finding the caller's organization wrote: 404 when they cannot see it, 403 when it is another's. */
    private PartnerFinding ownFinding(String id) {
        access.contributingOrganization();
        PartnerFinding row = visible(id);
        access.requireMemberOf(row.organization);
        return row;
    }

    private PartnerFinding editable(String id, PartnerFindingKind kind, Integer expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidInputException("expectedVersion", "the version you read is required");
        }
        PartnerFinding row = ownFinding(id);
        if (row.kind != kind) {
            throw new NotFoundException("Partner finding " + id + " is a " + row.kind.name().toLowerCase() + ", not a "
                    + kind.name().toLowerCase());
        }
        expectVersion(row, expectedVersion);
        if (!row.state.editableByOrganization()) {
            throw new ConflictException("Partner finding " + id + " is " + row.state
                    + "; only a draft or a returned finding can be edited");
        }
        return row;
    }

    private static void move(PartnerFinding row, int expectedVersion, ReviewState target) {
        expectVersion(row, expectedVersion);
        if (!row.state.canMoveTo(target)) {
            throw new ConflictException("Partner finding " + row.id + " is " + row.state + " and cannot become "
                    + target + (row.state.next().isEmpty() ? "" : "; it can become " + row.state.next()));
        }
        row.state = target;
    }

    private static void expectVersion(PartnerFinding row, int expectedVersion) {
        if (row.version != expectedVersion) {
            throw new ConflictException("Partner finding " + row.id + " is at version " + row.version + ", not "
                    + expectedVersion + "; read it again and retry");
        }
    }

    private static void noVersionForNew(Integer expectedVersion) {
        if (expectedVersion != null) {
            throw new InvalidInputException("expectedVersion",
                    "a new finding has no version yet: leave expectedVersion out, or edit an existing one (PUT)");
        }
    }

    private PartnerFinding newRow(PartnerFindingKind kind, String organization) {
        PartnerFinding row = new PartnerFinding();
        row.id = UUID.randomUUID().toString();
        row.kind = kind;
        row.organization = organization;
        row.state = ReviewState.DRAFT;
        row.createdAt = now();
        return row;
    }

    private Finding created(PartnerFinding row, String user) {
        row.history.add(new ReviewEvent(ReviewState.DRAFT, 0, row.createdAt, user, null));
        findings.persist(row);
        findings.flush();
        return read(row);
    }

    /**
     * Appends the step and writes now, inside the transaction: a writer that read the same version as a
     * committed one finds no row to update (Hibernate's version check), and gets 409 with nothing written.
     */
    private Finding step(PartnerFinding row, ReviewState state, String user, String reason) {
        row.history.add(new ReviewEvent(state, row.version + 1, now(), user, reason));
        try {
            findings.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException("Someone else changed partner finding " + row.id
                    + " first; read it again and retry");
        }
        return read(row);
    }

    // --- content: the official rules, the stored form

    private void writeStatistic(PartnerFinding row, PartnerStatisticInput input) {
        row.countryCode = input.country();
        row.destinationCode = null;
        row.content = write(new PartnerStatisticInput(input.country(), input.metric(), input.year(), input.periodEnd(),
                input.value(), input.upperValue(), input.unit(), input.qualifier(), input.asWritten(), input.breakdown(),
                input.description(), null, null));
        writeSource(row, input.source());
    }

    private void writePathway(PartnerFinding row, PartnerPathwayInput input) {
        row.countryCode = input.origin();
        row.destinationCode = input.destination();
        row.content = write(new PartnerPathwayInput(input.origin(), input.originRegion(), input.destination(),
                input.destinationRegion(), input.transit(), input.exploitation(), input.recruiter(),
                input.recruiterType(), input.means(), input.sector(), input.estimatedVictims(), input.upperValue(),
                input.qualifier(), input.periodStart(), input.periodStartPrecision(), input.periodEnd(),
                input.periodEndPrecision(), input.officialComplicity(), input.description(), null, null));
        writeSource(row, input.source());
    }

    private static void writeSource(PartnerFinding row, PartnerSourceInput source) {
        row.sourceTitle = source.title().strip();
        row.sourcePublisher = source.publisher().strip();
        row.sourcePublished = source.published();
        row.sourceUrl = source.url();
        row.sourceSection = source.section() == null || source.section().isBlank() ? null : source.section().strip();
        // The quote is kept exactly as given: it must match the document word for word.
        row.sourceQuote = source.quote();
    }

    private StatisticInput statisticRules(String id, PartnerStatisticInput s) {
        return new StatisticInput(id, s.country(), s.metric(), s.year(), s.periodEnd(), s.value(), s.upperValue(),
                s.unit(), s.qualifier(), s.asWritten(), Reporting.NGO, s.breakdown(), s.description(),
                List.of(citation(s.source())));
    }

    private PathwayInput pathwayRules(String id, PartnerPathwayInput p) {
        List<ControlMeans> means = null;
        if (p.means() != null) {
            means = new ArrayList<>();
            for (int i = 0; i < p.means().size(); i++) {
                means.add(controlMeans(i, p.means().get(i)));
            }
        }
        return new PathwayInput(id, p.origin(), p.originRegion(), p.destination(), p.destinationRegion(), p.transit(),
                p.exploitation(), p.recruiter(), p.recruiterType(), means, p.sector(), p.estimatedVictims(),
                p.upperValue(), p.qualifier(), p.periodStart(), p.periodStartPrecision(), p.periodEnd(),
                p.periodEndPrecision(), p.officialComplicity(), p.description(), List.of(citation(p.source())));
    }

    private static ControlMeans controlMeans(int index, String name) {
        try {
            return ControlMeans.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("means[" + index + "]", "'" + Checks.excerpt(name) + "' is not one of "
                    + Arrays.toString(ControlMeans.values()));
        }
    }

    /** The organization's document in the shape the official rules check (its fields were checked on their own). */
    private static Citation citation(PartnerSourceInput source) {
        return new Citation(OWN_DOCUMENT, source.section() == null || source.section().isBlank() ? "document"
                : source.section(), source.quote());
    }

    /** The official rules, then the country list: any violation is a 400 naming the field; nothing is written. */
    private <T> void check(T record) {
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<String> countries = record instanceof StatisticInput s ? List.of(s.country())
                : countriesOf((PathwayInput) record);
        for (String code : countries) {
            if (!countryCodes().contains(code)) {
                throw new InvalidInputException(fieldOf(record, code), code + " is not in the country list");
            }
        }
    }

    private static List<String> countriesOf(PathwayInput p) {
        List<String> codes = new ArrayList<>();
        if (p.origin() != null) {
            codes.add(p.origin());
        }
        if (p.destination() != null) {
            codes.add(p.destination());
        }
        if (p.transit() != null) {
            codes.addAll(p.transit());
        }
        return codes;
    }

    private static String fieldOf(Object record, String code) {
        if (record instanceof StatisticInput) {
            return "country";
        }
        PathwayInput p = (PathwayInput) record;
        if (code.equals(p.origin())) {
            return "origin";
        }
        if (code.equals(p.destination())) {
            return "destination";
        }
        return "transit[" + p.transit().indexOf(code) + "]";
    }

    private Set<String> countryCodes() {
        Set<String> codes = countryCodes;
        if (codes == null) {
            List<String> problems = new ArrayList<>();
            codes = new HashSet<>(referenceFiles.read(datasetFolder, problems).countryCodes());
            countryCodes = codes;
        }
        return codes;
    }

    // --- JSON

    private String write(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a partner finding's content", e);
        }
    }

    private Finding read(PartnerFinding row) {
        try {
            return row.kind == PartnerFindingKind.STATISTIC
                    ? new Finding(row, json.readValue(row.content, PartnerStatisticInput.class), null)
                    : new Finding(row, null, json.readValue(row.content, PartnerPathwayInput.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("partner finding " + row.id + " has unreadable content", e);
        }
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds: the answer shows the time as stored.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
