package org.crosscheck.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.core.article.ArticlePreparer;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.claim.MentionPairing.Located;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.junit.jupiter.api.Test;

/**
 * Measures claim mentions against the hand annotation of the five seed articles (read at test time), pairing gold
 * and found mentions one to one by character overlap as the project's scorer does. Floors sit just under the
 * figures reached when written, so a regression fails.
 */
class ClaimSeedTest {

    /** What the gold says about one mention's claim. */
    record GoldMention(Located where, String date, String impliedStart, boolean planned) {
    }

    private final ClaimExtractor extractor = new ClaimExtractor(ActorResolver.NONE);

    @Test
    @SuppressWarnings("unchecked")
    void onTheGoldsBodyWithItsReferenceDatesClaimsMatchTheGold() throws IOException {
        Map<String, Object> gold = GoldFile.seeds();
        List<GoldMention> golds = new ArrayList<>();
        List<ClaimMention> claims = new ArrayList<>();
        List<Located> found = new ArrayList<>();
        for (Object d : (List<Object>) gold.get("documents")) {
            SeedArticle article = SeedArticle.load((Map<String, Object>) d);
            golds.addAll(goldMentions(gold, article.file(), article.text()));
            for (ClaimMention m : extractor.extract(article.text(), article.sentences(), article.reference())) {
                claims.add(m);
                found.add(new Located(article.file(), m.span()));
            }
        }
        List<Located> goldSpans = golds.stream().map(GoldMention::where).toList();
        List<int[]> brief = MentionPairing.pairs(goldSpans, found, MentionPairing.BRIEF);
        report("gold body", brief, MentionPairing.pairs(goldSpans, found, MentionPairing.SCORER), golds.size(), found.size());

        int dated = 0;
        int agreeing = 0;
        long planned = 0;
        long markedPlanned = 0;
        for (int[] p : brief) {
            GoldMention g = golds.get(p[0]);
            ClaimMention m = claims.get(p[1]);
            ReportedDate expected = goldDate(g.date());
            if (expected != null && m.normalisedDate().flatMap(nd -> nd.value()).isPresent()) {
                dated++;
                // a period's claim may be dated by when it was stated or by when the period began ("implied_start")
                ReportedDate start = goldDate(g.impliedStart());
                agreeing += m.date().date().agreesWith(expected) || start != null && m.date().date().agreesWith(start) ? 1 : 0;
            }
            planned += g.planned() ? 1 : 0;
            markedPlanned += g.planned() && m.modality() != Modality.ASSERTED ? 1 : 0;
        }
        System.out.printf("dates on matched mentions (against the gold's reference dates): %d of %d agree%n", agreeing, dated);
        System.out.printf("planned claims (gold modality future/planned) marked as not yet done: %d of %d%n", markedPlanned, planned);
        // reached when written: R 0.913, P 0.636, 24 of 25 dates, 4 of 4 planned. Event nouns ("the 2011 overthrow of")
        // and counts split from their clauses added mentions the seeds' gold does not list: P 0.598, while the demo
        // story's mention F1 rose from 0.588 to 0.658.
        assertThat((double) brief.size() / golds.size()).as("recall").isGreaterThanOrEqualTo(0.88);
        assertThat((double) brief.size() / found.size()).as("precision").isGreaterThanOrEqualTo(0.58);
        assertThat(dated).as("matched mentions with a date").isGreaterThanOrEqualTo(20);
        assertThat(agreeing).as("dates agreeing with the gold").isGreaterThanOrEqualTo(dated - 1);
        assertThat(markedPlanned).as("planned claims marked").isEqualTo(planned);
    }

    @Test
    @SuppressWarnings("unchecked")
    void throughArticlePreparationClaimsStillMatchTheGold() throws IOException {
        Map<String, Object> gold = GoldFile.seeds();
        ArticlePreparer preparer = new ArticlePreparer();
        List<Located> golds = new ArrayList<>();
        List<Located> found = new ArrayList<>();
        for (Object d : (List<Object>) gold.get("documents")) {
            SeedArticle article = SeedArticle.load((Map<String, Object>) d);
            golds.addAll(goldMentions(gold, article.file(), article.text()).stream().map(GoldMention::where).toList());
            PreparedArticle prepared = preparer.prepare(article.text());
            ReportedDate published = prepared.metadata().publishedDate();
            LocalDate reference = published != null && published.precision() == ReportedDate.Precision.DAY ? published.first() : null;
            for (ClaimMention m : extractor.extract(article.text(), prepared.sentences(), reference)) {
                found.add(new Located(article.file(), m.span()));
            }
        }
        List<int[]> brief = MentionPairing.pairs(golds, found, MentionPairing.BRIEF);
        report("prepared body", brief, MentionPairing.pairs(golds, found, MentionPairing.SCORER), golds.size(), found.size());
        // reached when written: R 0.899, P 0.639 (relative dates unresolved where the page prints no date); since "head
        // of" is a post, not a verb, "Çavuşoğlu also said he was pleased …" is a quote the analysis claims, not the
        // extractor (R 0.899, P 0.596 here; the report still has its mention)
        assertThat((double) brief.size() / golds.size()).as("recall").isGreaterThanOrEqualTo(0.87);
        assertThat((double) brief.size() / found.size()).as("precision").isGreaterThanOrEqualTo(0.59);
    }

    @SuppressWarnings("unchecked")
    private static List<GoldMention> goldMentions(Map<String, Object> gold, String file, String text) {
        List<GoldMention> mentions = new ArrayList<>();
        for (Object c : (List<Object>) gold.get("claims")) {
            Map<String, Object> claim = (Map<String, Object>) c;
            Map<String, Object> normalised = (Map<String, Object>) claim.getOrDefault("normalised", Map.of());
            for (Object m : (List<Object>) claim.get("mentions")) {
                Map<String, Object> mention = (Map<String, Object>) m;
                if (file.equals(mention.get("file"))) {
                    mentions.add(new GoldMention(new Located(file, locate(text, mention)), (String) normalised.get("date"),
                            (String) normalised.get("implied_start"), String.valueOf(normalised.get("modality")).startsWith("future")));
                }
            }
        }
        return mentions;
    }

    private static void report(String body, List<int[]> brief, List<int[]> scorer, int gold, int found) {
        System.out.printf("claim mentions, %s (brief rule: jaccard>=0.5 or containment>=0.8): P=%.3f R=%.3f tp=%d found=%d gold=%d%n",
                body, (double) brief.size() / found, (double) brief.size() / gold, brief.size(), found, gold);
        System.out.printf("claim mentions, %s (scorer's loose rule): P=%.3f R=%.3f tp=%d%n",
                body, (double) scorer.size() / found, (double) scorer.size() / gold, scorer.size());
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
}
