package org.crosscheck.core.report;

/**
 * Who said what in one article: the speaker entity, the cue as written, the stance it expresses,
 * whether the words are quoted ({@code direct}) or paraphrased, and exact spans of the content and of the
 * speaker as named in the text ({@code speakerMention}, null where the speaker is only implied).
 */
public record ReportAttribution(String id, String file, String speaker, String cue, String stance, boolean direct,
                                TextSpan content, TextSpan speakerMention) {
}
