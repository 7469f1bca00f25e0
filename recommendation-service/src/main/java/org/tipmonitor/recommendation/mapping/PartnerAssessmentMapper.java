package org.tipmonitor.recommendation.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants.ComponentModel;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.recommendation.OrganizationView;
import org.tipmonitor.api.recommendation.PartnerAssessmentView;
import org.tipmonitor.api.recommendation.ReviewStepView;
import org.tipmonitor.recommendation.model.AssessmentDetails;
import org.tipmonitor.recommendation.model.ReviewStep;

/**
 * Partner assessments to the API's views, from what it is given only (the organization's name and the
 * review steps were read first: AssessmentDetails). {@code showWriters} says whether the caller may see
 * who wrote and who reviewed (security.AccessRules.maySeeRecorders: admins and analysts). MapStruct
 * copies by name; a view field nothing maps to fails the build.
 */
@Mapper(componentModel = ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR,
        imports = OrganizationView.class)
public interface PartnerAssessmentMapper {

    @Mapping(target = ".", source = "assessment")
    @Mapping(target = "organization", expression = "java(new OrganizationView(details.assessment().organization,"
            + " details.organizationName()))")
    @Mapping(target = "createdBy", source = "assessment.createdBy", qualifiedByName = "writerIfShown")
    @Mapping(target = "updatedBy", source = "assessment.updatedBy", qualifiedByName = "writerIfShown")
    @Mapping(target = "reviews", source = "reviews")
    PartnerAssessmentView toView(AssessmentDetails details, @Context boolean showWriters);

    List<PartnerAssessmentView> toViews(List<AssessmentDetails> details, @Context boolean showWriters);

    @Mapping(target = "by", qualifiedByName = "writerIfShown")
    ReviewStepView toView(ReviewStep step, @Context boolean showWriters);

    @Named("writerIfShown")
    default String writerIfShown(String user, @Context boolean showWriters) {
        return showWriters ? user : null;
    }

    /** Instants are shown in UTC; null stays null. */
    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
