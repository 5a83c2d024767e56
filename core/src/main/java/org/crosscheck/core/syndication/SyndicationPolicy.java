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
     * Measured on the five seed articles (SyndicationThresholdTest): a copy under a new headline and other page chrome
     * scores 0.95 and above; with a rewritten sentence, the last paragraph cut, or both, 0.77 to 0.98. Different
     * articles on the same story score 0.00, and 0.09 at most when one borrows the other's longest (stock background)
     * sentence. 0.5 leaves a wide margin on both sides. Its known limit: a copy cut to its first half scores 0.39 to
     * 0.56, so a heavily trimmed copy may not be linked by this rule alone.
     */
    public static final double SYNDICATED_COPY_SIMILARITY = 0.5;

    private SyndicationPolicy() {
    }

    public static boolean isSyndicatedCopy(BodyFingerprint a, BodyFingerprint b) {
        return a.similarity(b) >= SYNDICATED_COPY_SIMILARITY;
    }

    public static boolean isSyndicatedCopy(PreparedArticle a, PreparedArticle b) {
        return isSyndicatedCopy(BodyFingerprint.of(a), BodyFingerprint.of(b));
    }
}
