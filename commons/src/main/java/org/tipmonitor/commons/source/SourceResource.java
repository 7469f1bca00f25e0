package org.tipmonitor.commons.source;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.source.SourceView;

/** The source documents this service's figures cite. */
@Path("/api/v1/sources")
@Tag(name = "sources")
public class SourceResource {

    @Inject
    SourceCatalog catalog;

    @GET
    public List<SourceView> all() {
        return SourceDocument.<SourceDocument>listAll().stream().map(d -> SourceCatalog.view(d, null)).toList();
    }

    @GET
    @Path("{id}")
    public SourceView one(@PathParam("id") String id) {
        SourceDocument doc = SourceDocument.findById(id);
        if (doc == null) {
            throw new NotFoundException("No source " + id);
        }
        return SourceCatalog.view(doc, null);
    }
}
