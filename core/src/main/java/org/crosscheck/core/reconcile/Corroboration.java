package org.crosscheck.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How well a proposition is corroborated: its first appearance (the earliest published mention), the outlets that
 * state it, and how many of its mentions are independent voices and how many repeat another.
 *
 * <p>The rules (CorroborationTest states each as a newsroom would): a syndicated copy repeats its original; an
 * article that credits another outlet ("…, X reported") relays that outlet; one outlet saying a thing twice is one
 * voice; a mention with no known outlet is its own voice.
 */
public record Corroboration(Optional<Mention> firstAppearance, List<String> outlets, int independent, int derivative) {

    private static final Comparator<Mention> EARLIEST = Comparator
            .comparing(Mention::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Mention::document);

    public static Corroboration of(List<Mention> mentions) {
        Map<Long, String> voiceOfDocument = new HashMap<>();
        mentions.stream().filter(m -> m.syndicatedFrom() == null).forEach(m -> voiceOfDocument.put(m.document(), m.ownVoice()));
        Set<String> voices = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            // A copy speaks with its original's voice, whether or not the original is among these mentions.
            voices.add(mention.syndicatedFrom() == null ? mention.ownVoice()
                    : voiceOfDocument.getOrDefault(mention.syndicatedFrom(), "document:" + mention.syndicatedFrom()));
            if (mention.outlet() != null) {
                outlets.add(mention.outlet());
            }
        }
        int independent = voices.size();
        return new Corroboration(mentions.stream().min(EARLIEST), new ArrayList<>(outlets), independent, mentions.size() - independent);
    }
}
