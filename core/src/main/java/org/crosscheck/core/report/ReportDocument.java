package org.crosscheck.core.report;

import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * One article file as read: its outlet and publication date where the text states them, its body ranges, and the
 * file it is a syndicated copy of (null when it is none).
 */
public record ReportDocument(String file, String outlet, String published, List<Span> body, String syndicatedFrom) {

    public ReportDocument {
        body = List.copyOf(body);
    }
}
