package org.crosscheck.core.syndication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles of one batch are syndicated copies, and of which original: the same rule as the store's. Articles
 * whose bodies are near-identical ({@link SyndicationPolicy}), or that declare one another their original, form a
 * family; its original is the earliest published (undated last, then the first given), and every other member is a
 * copy of it. So the answer does not depend on which copy was read first.
 */
public final class SyndicationFamilies {

    /**
     * An article as syndication sees it: its name, body fingerprint, publication date (ISO, or null) and the name of
     * the original its sender declared (or null).
     */
    public record Article(String name, BodyFingerprint fingerprint, String published, String declaredOriginal) {
    }

    private SyndicationFamilies() {
    }

    /** Each copy's name with its original's name; articles that are no copy are absent. */
    public static Map<String, String> originals(List<Article> articles) {
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byName.putIfAbsent(articles.get(i).name(), i);
        }
        // only bodies sharing enough band hashes are compared, as in the store
        Map<Long, List<Integer>> byBand = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            for (long band : article.fingerprint().bands()) {
                List<Integer> earlier = byBand.computeIfAbsent(band, k -> new ArrayList<>());
                earlier.forEach(j -> shared.merge(j, 1, Integer::sum));
                earlier.add(i);
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() >= SyndicationPolicy.MIN_SHARED_BANDS
                        && SyndicationPolicy.isSyndicatedCopy(article.fingerprint(), articles.get(e.getKey()).fingerprint())) {
                    join(parent, i, e.getKey());
                }
            }
            Integer declared = article.declaredOriginal() == null ? null : byName.get(article.declaredOriginal());
            if (declared != null) {
                join(parent, i, declared);
            }
        }
        Map<Integer, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            families.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        Comparator<Integer> earliest = Comparator.comparing((Integer i) -> articles.get(i).published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i);
        Map<String, String> originals = new LinkedHashMap<>();
        for (List<Integer> family : families.values()) {
            int original = family.stream().min(earliest).orElseThrow();
            family.stream().filter(i -> i != original)
                    .forEach(i -> originals.put(articles.get(i).name(), articles.get(original).name()));
        }
        return originals;
    }

    private static void join(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
