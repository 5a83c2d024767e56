package org.crosscheck.web.api.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.crosscheck.ingest.report.StoredReport;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The report JSON (the format of the gold README) for every stored document: the same as {@code analyze} gives. */
@Path("/api/report")
public class ReportResource {

    private final StoredReport report;

    ReportResource(StoredReport report) {
        this.report = report;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report for all stored documents: documents with body ranges, entities with aliases, attributions, claims")
    public String report() {
        return report.current();
    }
}
