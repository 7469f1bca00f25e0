package org.tipmonitor.victim.disclosure.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.victim.PartnerQueryView;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.victim.disclosure.mapping.PartnerQueryMapper;
import org.tipmonitor.victim.disclosure.service.PartnerQueryService;
import org.tipmonitor.victim.security.AccessRules;

@Path("/api/v1/case-statistics/queries")
@Tag(name = "case statistics")
public class PartnerQueryResource {

    @Inject
    PartnerQueryService queries;
    @Inject
    PartnerQueryMapper mapper;
    @Inject
    AccessRules access;

    @GET
    @Operation(summary = "Admins: the partners' case-statistics queries of one UTC day (day=YYYY-MM-DD, default "
            + "today), newest first, at most 1,000, optionally of one token subject")
    public List<PartnerQueryView> list(@QueryParam("day") String day, @QueryParam("subject") String subject) {
        access.requireQueryLogReader();
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? null : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "must be a date YYYY-MM-DD");
        }
        return queries.queries(date, subject == null || subject.isBlank() ? null : subject).stream()
                .map(mapper::toView).toList();
    }
}
