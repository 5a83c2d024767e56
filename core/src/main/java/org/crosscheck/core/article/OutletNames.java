package org.crosscheck.core.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells an outlet's name from a person's or a section's: known outlets (shipped as data), the words outlets name
 * themselves with ("News", "TV", "Herald"), web addresses and agency acronyms.
 */
final class OutletNames {

    private static final Set<String> OUTLET_WORDS = Set.of(
            "tv", "news", "times", "post", "press", "radio", "agency", "herald", "journal", "tribune", "daily",
            "network", "media", "gazette", "telegraph", "guardian", "observer", "monitor", "review", "chronicle",
            "english", "online", "today", "express", "mail", "wire", "channel", "broadcasting", "broadcast",
            "arabic", "weekly", "magazine", "standard", "independent", "reporter", "insider", "digest", "bulletin",
            "courier", "dispatch", "inquirer", "globe", "television", "newspaper", "info", "24", "voice", "ledger",
            "sentinel", "examiner", "star", "mercury", "advertiser", "argus", "clarion");
    /** Words of section labels ("World News", "Middle East"): a label made only of these names no outlet. */
    private static final Set<String> SECTION_WORDS = Set.of(
            "world", "news", "middle", "east", "africa", "europe", "asia", "americas", "politics", "business",
            "opinion", "sport", "sports", "home", "latest", "breaking", "live", "analysis", "features", "video",
            "videos", "culture", "economy", "international", "local", "national", "region", "top", "more", "all",
            "and", "&", "tv", "radio", "podcasts", "newsletter");
    private static final Map<String, String> CANONICAL = load();

    private OutletNames() {
    }

    /** The outlet a name designates, in its usual spelling, or {@code null} if the name does not look like an outlet. */
    static String outletNamed(String name) {
        String cleaned = name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 60) {
            return null;
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        String known = CANONICAL.get(lower);
        if (known != null) {
            return known;
        }
        // "Qatar Al Jazeera English": republishers put the country in front of a known outlet's name
        for (int space = lower.indexOf(' '); space > 0; space = lower.indexOf(' ', space + 1)) {
            String tail = CANONICAL.get(lower.substring(space + 1));
            if (tail != null && tail.contains(" ")) {
                return tail;
            }
        }
        return looksLikeAnOutlet(cleaned, lower) ? cleaned : null;
    }

    private static boolean looksLikeAnOutlet(String name, String lower) {
        String[] words = lower.split("[\\s\\u00a0]+");
        boolean allSection = true;
        boolean outletWord = false;
        for (String word : words) {
            allSection &= SECTION_WORDS.contains(word);
            outletWord |= OUTLET_WORDS.contains(word);
        }
        if (allSection) {
            return false;
        }
        boolean acronym = words.length == 1 && name.length() >= 2 && name.length() <= 6
                && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        boolean webAddress = words.length == 1 && lower.matches("[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.(com|org|net|info|news|co\\.uk|tv|fr|de|tr|eg|ly)");
        return outletWord || acronym || webAddress;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = OutletNames.class.getResourceAsStream("outlets.txt")) {
            if (in == null) {
                throw new IllegalStateException("outlets.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] aliases = line.split("\\|");
                String canonical = aliases[0].strip();
                for (String alias : aliases) {
                    names.put(alias.strip().toLowerCase(Locale.ROOT), canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
