package org.crosscheck.core.report;

import java.util.List;

/**
 * What the project says about a set of articles: the documents read, who appears, who said what, which claims
 * (each a reconciled proposition with its mentions across outlets) and where accounts conflict.
 */
public record Report(List<ReportDocument> documents, List<ReportEntity> entities,
                     List<ReportAttribution> attributions, List<ReportClaim> claims, List<ReportConflict> conflicts) {

    public Report {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }
}
