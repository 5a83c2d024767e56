package org.crosscheck.core.syndication;

import org.crosscheck.core.article.PreparedArticle;

/**
 * When one article is a syndicated copy of another: the same body republished, perhaps under a new headline, in other
 * page chrome, lightly edited or trimmed. A copy repeats its source and does not corroborate it. Byte-identical
 * copies are caught earlier by the SHA-256 of the stored text; this policy is for the copies that differ.
 */
public final class SyndicationPolicy {

    /**
     * Estimated Jaccard similarity of 5-word shingle sets at and above which two bodies are one story republished.
     * Measured on the five seed articles (SyndicationThresholdTest, figures in docs/benchmarks.md): copies under a new
     * headline and other page chrome, with a rewritten sentence, the last paragraph cut, or all of these, score 0.80
     * to 0.97; different articles on the same story 0.01 at most, and 0.09 when one borrows the other's longest
     * (stock background) sentence. 0.5 leaves a wide margin on both sides. Its known limit: a copy cut to its first
     * half scores 0.38 to 0.58, so a heavily trimmed copy may not be linked by this rule alone.
     */
    public static final double SYNDICATED_COPY_SIMILARITY = 0.5;

    /**
     * Band hashes (see {@link BodyFingerprint#bands()}) two bodies must share before their fingerprints are compared.
     * A copy at the threshold (J = 0.5) shares 5 of 42 bands on average and at least 2 with probability 0.974; at
     * J = 0.6, 0.9998; the copies measured (J >= 0.77) share about 19. Bodies that only share stock phrases of a beat
     * (J around 0.2) share 2 bands with probability below 0.05, so they are seldom fetched at all.
     */
    public static final int MIN_SHARED_BANDS = 2;

    private SyndicationPolicy() {
    }

    public static boolean isSyndicatedCopy(BodyFingerprint a, BodyFingerprint b) {
        return a.similarity(b) >= SYNDICATED_COPY_SIMILARITY;
    }

    public static boolean isSyndicatedCopy(PreparedArticle a, PreparedArticle b) {
        return isSyndicatedCopy(BodyFingerprint.of(a), BodyFingerprint.of(b));
    }
}
