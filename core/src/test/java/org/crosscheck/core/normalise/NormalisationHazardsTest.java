package org.crosscheck.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.claim.GoldFile;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/**
 * The gold's normalisation hazards (read at test time): expressions where naive date arithmetic goes wrong
 * ("ten years ago" as a day, "Last June" as the previous year's June). Each is resolved within its line against the
 * reference the gold names, or the article's own reference where the gold names none.
 */
class NormalisationHazardsTest {

    private static final Pattern LEADING_DATE = Pattern.compile("^(?:since )?(\\d{4}(?:-\\d{2}){0,2})\\b");

    @Test
    @SuppressWarnings("unchecked")
    void datesThatTripNaiveArithmeticResolveAsTheGoldReadsThem() throws IOException {
        Map<String, Object> gold = GoldFile.seeds();
        DateNormaliser normaliser = new DateNormaliser();
        int checked = 0;
        int right = 0;
        for (Object h : (List<Object>) gold.get("normalisation_hazards")) {
            Map<String, Object> hazard = (Map<String, Object>) h;
            String file = (String) hazard.get("file");
            String text = Files.readString(GoldFile.shared().resolve("seeds").resolve(file), StandardCharsets.UTF_8);
            int at = text.indexOf((String) hazard.get("text"));
            assertThat(at).as("hazard %s in %s", hazard.get("text"), file).isNotNegative();
            Span hazardSpan = new Span(at, at + ((String) hazard.get("text")).length());
            Span line = new Span(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at));
            List<NormalisedDate> found = normaliser.find(text, line, reference(gold, hazard)).stream()
                    .filter(d -> d.span().overlaps(hazardSpan)).toList();
            Matcher expected = LEADING_DATE.matcher((String) hazard.get("correct"));
            if (expected.find()) {
                checked++;
                String got = found.stream().filter(NormalisedDate::isResolved).map(d -> d.date().iso()).findFirst().orElse("none");
                right += got.equals(expected.group(1)) ? 1 : 0;
                System.out.printf("hazard %-30s expected %-10s got %s%n", hazard.get("text"), expected.group(1), got);
            } else {
                System.out.printf("hazard %-30s (no date expected from the expression alone: %s) got %d%n",
                        hazard.get("text"), hazard.get("correct"), found.size());
            }
        }
        System.out.printf("normalisation hazards: %d of %d with a stated answer resolved exactly%n", right, checked);
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(right).isEqualTo(checked);
    }

    @SuppressWarnings("unchecked")
    private static LocalDate reference(Map<String, Object> gold, Map<String, Object> hazard) {
        String stated = (String) hazard.get("reference");
        if (stated != null && stated.matches("^\\d{4}-\\d{2}-\\d{2}.*")) {
            return LocalDate.parse(stated.substring(0, 10));
        }
        for (Object d : (List<Object>) gold.get("documents")) {
            Map<String, Object> document = (Map<String, Object>) d;
            if (hazard.get("file").equals(document.get("file"))) {
                return LocalDate.parse((String) document.get("reference_date_for_relative_expressions"));
            }
        }
        return null;
    }
}
