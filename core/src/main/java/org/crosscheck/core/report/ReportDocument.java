package org.crosscheck.core.report;

import java.util.List;
import org.crosscheck.core.text.Span;

/** One article file as read: its outlet and publication date where the text states them, and its body ranges. */
public record ReportDocument(String file, String outlet, String published, List<Span> body) {

    public ReportDocument {
        body = List.copyOf(body);
    }
}
