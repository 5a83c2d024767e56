package org.crosscheck.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.junit.jupiter.api.Test;

/**
 * Measures claim mentions against the hand annotation of the five seed articles, pairing gold and found
 * mentions one to one by character overlap as the project's scorer does. The gold is read at test time only.
 */
class ClaimSeedTest {

    /** A gold or found mention: file and span. */
    record Mention(String file, Span span, String goldDate, String goldStart, boolean goldPlanned) {
    }

    /** A rule for when two spans are the same mention. */
    interface Overlap {
        boolean matches(Span a, Span b);
    }

    private static final Overlap BRIEF = (a, b) -> jaccard(a, b) >= 0.5 || containment(a, b) >= 0.8;
    private static final Overlap SCORER = (a, b) -> jaccard(a, b) >= 0.3 || containment(a, b) >= 0.6 && jaccard(a, b) >= 0.25;

    @Test
    @SuppressWarnings("unchecked")
    void claimMentionsFoundInTheSeedsMatchTheGoldClaims() throws IOException {
        Map<String, Object> gold = GoldFile.seeds();
        List<Mention> golds = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        List<ClaimMention> foundClaims = new ArrayList<>();
        ClaimExtractor extractor = new ClaimExtractor(ActorResolver.NONE);
        for (Object d : (List<Object>) gold.get("documents")) {
            SeedArticle article = SeedArticle.load((Map<String, Object>) d);
            for (Object c : (List<Object>) gold.get("claims")) {
                Map<String, Object> claim = (Map<String, Object>) c;
                Map<String, Object> normalised = (Map<String, Object>) claim.getOrDefault("normalised", Map.of());
                Object date = normalised.get("date");
                Object start = normalised.get("implied_start");
                for (Object m : (List<Object>) claim.get("mentions")) {
                    Map<String, Object> mention = (Map<String, Object>) m;
                    if (article.file().equals(mention.get("file"))) {
                        golds.add(new Mention(article.file(), locate(article.text(), mention), (String) date, (String) start,
                                String.valueOf(normalised.get("modality")).startsWith("future")));
                    }
                }
            }
            for (ClaimMention m : extractor.extract(article.text(), article.sentences(), article.reference())) {
                found.add(new Mention(article.file(), m.span(), null, null, false));
                foundClaims.add(m);
            }
        }
        List<int[]> brief = pairs(golds, found, BRIEF);
        List<int[]> scorer = pairs(golds, found, SCORER);
        System.out.printf("claim mentions (brief rule: jaccard>=0.5 or containment>=0.8): P=%.3f R=%.3f tp=%d found=%d gold=%d%n",
                (double) brief.size() / found.size(), (double) brief.size() / golds.size(), brief.size(), found.size(), golds.size());
        System.out.printf("claim mentions (scorer's loose rule): P=%.3f R=%.3f tp=%d%n",
                (double) scorer.size() / found.size(), (double) scorer.size() / golds.size(), scorer.size());
        Set<Integer> matchedGold = new HashSet<>();
        brief.forEach(p -> matchedGold.add(p[0]));
        for (int g = 0; g < golds.size(); g++) {
            if (!matchedGold.contains(g)) {
                System.out.println("  missed gold mention in " + golds.get(g).file() + " at " + golds.get(g).span());
            }
        }
        Set<Integer> matchedFound = new HashSet<>();
        brief.forEach(p -> matchedFound.add(p[1]));
        for (int f = 0; f < found.size(); f++) {
            if (!matchedFound.contains(f)) {
                System.out.println("  unmatched " + foundClaims.get(f).kind() + " in " + found.get(f).file() + " at " + found.get(f).span());
            }
        }
        int dated = 0;
        int agreeing = 0;
        for (int[] p : brief) {
            ReportedDate expected = goldDate(golds.get(p[0]).goldDate());
            ClaimMention m = foundClaims.get(p[1]);
            if (expected != null && m.normalisedDate().flatMap(nd -> nd.value()).isPresent()) {
                dated++;
                // a period's claim may be dated by when it was stated or by when the period began ("implied_start")
                ReportedDate start = goldDate(golds.get(p[0]).goldStart());
                boolean agrees = m.date().date().agreesWith(expected) || start != null && m.date().date().agreesWith(start);
                agreeing += agrees ? 1 : 0;
                if (!agrees) {
                    System.out.println("  date " + m.date().date().iso() + " (" + m.date().rule() + ") vs gold " + golds.get(p[0]).goldDate()
                            + " in " + golds.get(p[0]).file() + " at " + m.date().span());
                }
            }
        }
        long planned = brief.stream().filter(p -> golds.get(p[0]).goldPlanned()).count();
        long markedPlanned = brief.stream().filter(p -> golds.get(p[0]).goldPlanned())
                .filter(p -> foundClaims.get(p[1]).modality() != Modality.ASSERTED).count();
        System.out.printf("planned claims (gold modality future/planned) marked as not yet done: %d of %d%n", markedPlanned, planned);
        assertThat(markedPlanned).as("planned claims marked").isEqualTo(planned);
        System.out.printf("dates on matched mentions (against the gold's reference dates): %d of %d agree%n", agreeing, dated);
        // floors just under what the extractor reached when written (R 0.913, P 0.636, 23 of 24 dates)
        assertThat((double) brief.size() / golds.size()).as("recall").isGreaterThanOrEqualTo(0.88);
        assertThat((double) brief.size() / found.size()).as("precision").isGreaterThanOrEqualTo(0.60);
        assertThat(dated).as("matched mentions with a date").isGreaterThanOrEqualTo(20);
        assertThat(agreeing).as("dates agreeing with the gold").isGreaterThanOrEqualTo(dated - 1);
    }

    private static Span locate(String text, Map<String, Object> mention) {
        String quoted = (String) mention.get("text");
        int hint = mention.get("char_start") instanceof Double d ? text.offsetByCodePoints(0, d.intValue()) : 0;
        int best = -1;
        for (int i = text.indexOf(quoted); i >= 0; i = text.indexOf(quoted, i + 1)) {
            if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) {
                best = i;
            }
        }
        assertThat(best).as("gold mention %s in its article", quoted).isNotNegative();
        return new Span(best, best + quoted.length());
    }

    /** The gold's date: "2013", "2023-03", "2021-05-05", or the first part of a range ("2020-07/2020-08"). */
    private static ReportedDate goldDate(String iso) {
        if (iso == null) {
            return null;
        }
        String first = iso.split("[/ ]")[0];
        return switch (first.length()) {
            case 4 -> ReportedDate.year(Integer.parseInt(first));
            case 7 -> ReportedDate.month(YearMonth.parse(first));
            case 10 -> ReportedDate.day(LocalDate.parse(first));
            default -> null;
        };
    }

    /** One-to-one pairs, best overlap first, as the scorer pairs them. */
    private static List<int[]> pairs(List<Mention> golds, List<Mention> found, Overlap rule) {
        List<double[]> candidates = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                Mention a = golds.get(g);
                Mention b = found.get(f);
                if (a.file().equals(b.file()) && rule.matches(a.span(), b.span())) {
                    candidates.add(new double[] {jaccard(a.span(), b.span()), g, f});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> c[0]).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedFound = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            if (usedGold.add((int) c[1])) {
                if (usedFound.add((int) c[2])) {
                    pairs.add(new int[] {(int) c[1], (int) c[2]});
                } else {
                    usedGold.remove((int) c[1]);
                }
            }
        }
        return pairs;
    }

    private static double jaccard(Span a, Span b) {
        int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        return inter == 0 ? 0 : (double) inter / (Math.max(a.end(), b.end()) - Math.min(a.start(), b.start()));
    }

    private static double containment(Span a, Span b) {
        int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        return inter == 0 ? 0 : (double) inter / Math.min(a.length(), b.length());
    }
}
