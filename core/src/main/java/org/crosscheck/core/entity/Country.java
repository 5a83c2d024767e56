package org.crosscheck.core.entity;

import java.util.List;

/** A country as the knowledge base knows it: names, demonyms, and capitals or seats that stand for its government. */
public record Country(String wikidata, String name, List<String> aliases, List<String> demonyms, List<String> capitals) {

    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }
}
