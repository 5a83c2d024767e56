package org.crosscheck.ingest.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One news story followed by several outlets: when it broke, where it is set (countries and places, as
 * extraction reads them from headlines and openings), its cast, what happened in it (most retold first), and the
 * past events its articles recall for background ("after the 2011 overthrow of ...").
 */
record Story(int index, LocalDate date, Set<String> setting, List<String> cast, List<Fact> facts, List<Fact> background) {
}
