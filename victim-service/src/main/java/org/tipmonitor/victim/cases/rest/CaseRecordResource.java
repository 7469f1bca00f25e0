package org.tipmonitor.victim.cases.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tipmonitor.commons.problem.Problem;
import org.tipmonitor.victim.cases.mapping.CaseImportMapper;
import org.tipmonitor.victim.cases.model.ImportReport;
import org.tipmonitor.victim.cases.service.CaseImporter;

@Path("/api/v1/case-records")
@Tag(name = "case records")
public class CaseRecordResource {

    @Inject
    CaseImporter importer;
    @Inject
    CaseImportMapper mapper;
    @Inject
    SecurityIdentity identity;

    @POST
    @Path("import")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Import a CTDC case file (admin), streamed: 201 with a report; 200 with duplicateFile "
            + "when the same file was imported before (nothing added); 400 listing every bad line, nothing written")
    public Response importFile(InputStream body) {
        ImportReport report = importer.importFile(body,
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
        return Response.status(report.duplicateFile() ? Response.Status.OK : Response.Status.CREATED)
                .entity(mapper.toView(report)).build();
    }

    @ServerExceptionMapper
    public Response rejected(CaseImporter.RejectedFile e) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank", "Bad Request", 400,
                "The case file was rejected; nothing was written.", e.violations)).build();
    }
}
