package org.crosscheck.core.report;

import java.util.List;

/**
 * One real actor with every surface form under which the articles name it.
 * {@code country} is the country name the actor belongs to (null when unknown); {@code wikidata} an item id when known.
 */
public record ReportEntity(String id, String name, String kind, List<String> aliases, String country, String wikidata) {

    public ReportEntity {
        aliases = List.copyOf(aliases);
    }
}
