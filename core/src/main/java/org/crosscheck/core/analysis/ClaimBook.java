package org.crosscheck.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.core.claim.ActorResolver;
import org.crosscheck.core.claim.ClaimExtractor;
import org.crosscheck.core.claim.ClaimMention;
import org.crosscheck.core.entity.Actor;
import org.crosscheck.core.entity.ArticleCast;
import org.crosscheck.core.report.ReportClaim;
import org.crosscheck.core.text.Span;

/**
 * The claims of a set of articles, read once every actor has its final entity: mentions whose proposition key
 * (entity | action | object) agrees are one claim, across outlets.
 */
final class ClaimBook {

    private record Found(String file, String text, ClaimMention mention) {
    }

    private final List<Found> found = new ArrayList<>();

    void read(ArticleInput article, ArticleCast cast, Map<Actor, String> ids) {
        ActorResolver resolver = span -> Optional.ofNullable(actorOf(cast, span)).map(a -> ids.get(a.canonical()));
        for (ClaimMention m : new ClaimExtractor(resolver).extract(article.text(), article.sentences(), reference(article))) {
            found.add(new Found(article.file(), article.text(), m));
        }
    }

    private static Actor actorOf(ArticleCast cast, Span span) {
        Actor named = cast.endingAt(span);
        return named != null ? named : cast.within(span, a -> true);
    }

    List<ReportClaim> claims() {
        Map<String, List<Found>> byProposition = new LinkedHashMap<>();
        for (Found f : found) {
            byProposition.computeIfAbsent(f.mention().proposition(), k -> new ArrayList<>()).add(f);
        }
        List<ReportClaim> claims = new ArrayList<>();
        for (List<Found> group : byProposition.values()) {
            ClaimMention first = group.get(0).mention();
            List<ReportClaim.ClaimMention> mentions = group.stream()
                    .map(f -> new ReportClaim.ClaimMention(f.file(), f.mention().span().start(), f.mention().span().end(),
                            f.mention().span().of(f.text())))
                    .toList();
            String date = group.stream().map(f -> f.mention().normalisedDate()).flatMap(Optional::stream)
                    .flatMap(d -> d.value().stream()).map(d -> d.iso()).findFirst().orElse(null);
            String number = first.figure().map(q -> formatted(q.stated())).orElse(null);
            claims.add(new ReportClaim("c" + (claims.size() + 1), first.proposition(), first.kind().name().toLowerCase(Locale.ROOT),
                    mentions, new ReportClaim.Normalised(date, number, first.entity().orElse(null))));
        }
        return claims;
    }

    private static String formatted(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The article's own date, when stated to the day: the reference for "on Tuesday" and "last month". */
    private static LocalDate reference(ArticleInput article) {
        String published = article.published();
        return published != null && published.length() == 10 ? LocalDate.parse(published) : null;
    }
}
