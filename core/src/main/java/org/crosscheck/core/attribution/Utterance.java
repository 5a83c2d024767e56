package org.crosscheck.core.attribution;

import org.crosscheck.core.text.Span;

/**
 * Who said what in an article, before the speaker is resolved to an entity: the phrase naming the speaker
 * (null for a quotation that continues the previous speaker), the cue as written, its stance, and the content.
 */
public record Utterance(Span speakerPhrase, Span cue, Stance stance, boolean direct, Span content) {
}
