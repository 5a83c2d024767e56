package org.crosscheck.core.attribution;

import org.crosscheck.core.text.Span;

/**
 * One reporting construction found in a stretch of text, before its speaker is resolved to an entity.
 * {@code speaker} is the phrase naming the speaker (null when the clause borrows its speaker: "..., saying",
 * "... and called on"); {@code content} the quoted words or the paraphrased complement.
 */
public record Frame(Cue cue, Span cueSpan, Span speaker, boolean borrowsSpeaker, Span content, boolean direct) {

    Frame withContent(Span newContent) {
        return new Frame(cue, cueSpan, speaker, borrowsSpeaker, newContent, direct);
    }
}
